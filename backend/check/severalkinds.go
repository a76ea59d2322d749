package check

import "strings"

// A title often names the goods by several kinds at once: the pot and the dish it is for (해피콜
// 인덕션 뚝배기 IH 전골 찌개 냄비; 뚝배기 받침 세트 계란찜 순두부), the meat and its cut (돼지고기
// 앞다리살). Against a name that writes one of those kinds, and no kind of its own, the other name
// picks one of the title's words, not other goods. A name that sells the kinds together (샴푸 앤
// 린스 2in1, 스킨로션 세트 / 2종, 올인원) is other goods than one of them, unless the other name
// says so too.

// coversKinds reports whether rf, the kind values of rd (a registered name with an option part),
// hold two kinds or more, every value of the other name (ef, with no extra of its own) is among
// them and rd's extras rx are written once, in its title only, while rd names no set or
// all-in-one the other name does not name.
func coversKinds(rf, rx, ef, ex []fact, rd, other *reading) bool {
	if len(ef) == 0 || len(ex) > 0 || distinctKeys(rf) < 2 || rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range rx {
		if len(f.more) > 0 || f.sp.End > rd.optStart {
			return false // 믹스넛 / 호두 아몬드 캐슈넛: kinds the option chooses are the goods
		}
	}
	return !rd.namesTogether() || other.namesTogether()
}

// distinctKeys counts the different values of fs.
func distinctKeys(fs []fact) int {
	n := 0
	for i, f := range fs {
		seen := false
		for _, g := range fs[:i] {
			if g.key == f.key {
				seen = true
				break
			}
		}
		if !seen {
			n++
		}
	}
	return n
}

// namesTogether reports whether rd sells several goods as one: a set (세트, N종), an all-in-one
// (올인원, 3in1, 3 in 1) or two goods joined by 앤 or &.
func (rd *reading) namesTogether() bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		switch t.kind {
		case tWord:
			if strings.Contains(t.text, "세트") || t.text == "set" || strings.Contains(t.text, "올인원") || t.text == "앤" ||
				t.text == "in" && i > 0 && inOneAt(rd.toks, i-1) {
				return true
			}
		case tModel:
			if s := strings.ReplaceAll(t.text, "-", ""); strings.HasSuffix(s, "in1") {
				return true
			}
		case tMeasure:
			if t.unit == "종" && t.value >= 2 {
				return true
			}
		case tBreak:
			if t.text == "&" {
				return true
			}
		}
	}
	return false
}
