package check

// usualForms are goods whose usual form is a spray or a mist: a name that adds 스프레이 to them
// (섬유탈취제 … 스프레이) says nothing the other name's goods word does not (an oil or a balm of
// them would still be another form).
var usualForms = map[string]string{
	"탈취제": "스프레이", "섬유탈취제": "스프레이", "방향제": "스프레이", "섬유향수": "스프레이", "살충제": "스프레이",
	"모기기피제": "스프레이", "기피제": "스프레이", "정전기방지제": "스프레이", "헤어스프레이": "스프레이",
	"픽서": "스프레이", "미스트": "스프레이", "선스프레이": "스프레이",
}

// impliedForm reports whether the form word f is the usual form of a goods word other writes.
func impliedForm(f fact, other *reading) bool {
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind != tWord {
			continue
		}
		if form, ok := usualForms[t.text]; ok && (form == f.word || form == f.key) {
			return true
		}
		if form, ok := usualForms[t.raw]; ok && (form == f.word || form == f.key) {
			return true
		}
	}
	return false
}
