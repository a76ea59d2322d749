package check

// A name that calls its goods children's in two ways (주니어 수경 … 어린이, [주니어] … 아동 축구화)
// says one target twice: its 주니어 is the age the children's word covers, not another line.
// Against a name that writes only the children's word (키즈 수경), the two say the same; only
// a name that writes one children's value (토들러 카시트 against 주니어 카시트) names another line.

// readChildTargetsAsOne reads rd's children's target values as other's one when rd writes two
// or more children's values and other writes children's values only, each of them one of rd's.
func (rd *reading) readChildTargetsAsOne(other *reading) {
	if !rd.holds(attrTarget) {
		return // none to read (attrkinds.go)
	}
	var mine [3]string
	n := 0
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrTarget && childTargets[f.key] && n < len(mine) && !inList(mine[:n], f.key) {
			mine[n] = f.key
			n++
		}
	}
	if n < 2 {
		return
	}
	child, one := other.childTargetsOnly()
	if child == "" || !one || !inList(mine[:n], child) {
		return
	}
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrTarget && childTargets[f.key] {
			f.key = child
		}
	}
}
