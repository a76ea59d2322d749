package check

// Boys' and girls' goods. 남아, 여아, 보이즈 and 걸즈 are read with 남성 and 여성 (lexicon.go), so a
// boys' line against the women's blocks; but a boy is a child, and a boys' line against goods the
// other name calls children's (키즈, 아동, 주니어) and no one's gender is the same children's goods.

// childGenderWords are the target words that say a gender of children.
var childGenderWords = map[string]bool{"남아": true, "여아": true, "보이즈": true, "걸즈": true, "boys": true, "girls": true}

// childTargets are the target values of children's goods that say no gender.
var childTargets = map[string]bool{"아동": true, "주니어": true, "토들러": true}

// readChildGender reads rd's 보이즈 or 여아 as other's children's value where other states a
// children's target and no gender.
func (rd *reading) readChildGender(other *reading) {
	if !rd.holds(attrTarget) {
		return // none to read (attrkinds.go)
	}
	child, _ := other.childTargetsOnly()
	if child == "" {
		return
	}
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrTarget && childGenderWords[f.word] {
			f.key = child
		}
	}
}

// childTargetsOnly is the last target value rd states when every target it states is a children's
// value (childTargets), "" when it states none or another; one reports whether they are all one
// value.
func (rd *reading) childTargetsOnly() (child string, one bool) {
	one = true
	for i := range rd.attrs {
		if f := &rd.attrs[i]; f.kind == attrTarget {
			if !childTargets[f.key] {
				return "", false
			}
			one = one && (child == "" || child == f.key)
			child = f.key
		}
	}
	return child, one
}
