package check

// Goods for both genders. A name that writes the men's and the women's word side by side (남아
// 여아, 남자 여자, 남성 여성) sells to both: against a name that says 남녀공용 (공용, unisex) and
// no gender it is the same goods, not two rival targets.

// readBothGenders reads rd's men's and women's target words as other's 남녀공용 where rd writes
// both of them and other writes 남녀공용 and neither gender.
func (rd *reading) readBothGenders(other *reading) {
	if !rd.holds(attrTarget) || !other.holds(attrTarget) {
		return // none to read (attrkinds.go)
	}
	if !other.hasTarget(unisexTarget) || other.hasTarget(menTarget) || other.hasTarget(womenTarget) ||
		!rd.hasTarget(menTarget) || !rd.hasTarget(womenTarget) {
		return
	}
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrTarget && (f.key == menTarget || f.key == womenTarget) {
			f.key = unisexTarget
		}
	}
}

// The keys of the target values for men, women and both (lexicon.go).
const (
	menTarget    = "남성"
	womenTarget  = "여성"
	unisexTarget = "남녀공용"
)

// hasTarget reports whether rd writes the target value key.
func (rd *reading) hasTarget(key string) bool {
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrTarget && f.key == key {
			return true
		}
	}
	return false
}
