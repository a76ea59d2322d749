package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// Types written in 형 (a material in 형 against another word in 형; typeforms.go reads one
// form written with another ending). Korean listings name the type of the goods with a word in 형
// (스타킹형, 부직포형, 액자형, 캔버스형): the type the listing sells, not a word describing it. When
// one name writes a listed value that way (부직포형: the material 부직포) and the other name states
// no value of that kind but writes another word in 형 in its place (스타킹형), the two name two
// types of the goods, even where the other word's stem is written elsewhere (액자형 against
// 캔버스형(액자 미포함)). Only a material in 형 names the type so: a shape or a power in 형 (원형,
// 사각형, 충전형) says one thing about goods whose other words in 형 say another (매립형 원형
// 다운라이트, 휴대형 충전형 선풍기), and so does a shape in 형 the lexicon does not list (새부리형
// against 부직포형 masks: shapeStems).

var sigHyeong = sigOf("형")

// compareMaterialTypes adds a Warn (확인 필요) for a word in 형 against the other name's material in
// 형 when the first name states no material. Like the value slots it runs only when nothing else
// was found.
func compareMaterialTypes(r, e *reading, diffs []Difference) []Difference {
	if len(diffs) > 0 || !r.says.mayWrite(&sigHyeong) || !e.says.mayWrite(&sigHyeong) {
		return diffs
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for _, f := range b.attrs {
			if f.kind != attrMaterial || !strings.HasSuffix(f.word, "형") || a.hasAttrKind(f.kind) {
				continue
			}
			t := a.typeWordBesides(f.word, b)
			if t == nil {
				continue
			}
			af := fact{text: a.name[t.sp.Start:t.sp.End], sp: t.sp}
			bf := fact{text: b.name[f.sp.Start:f.sp.End], sp: f.sp}
			if a == e {
				af, bf = bf, af
			}
			d := difference(KindWord, nil, nil, []fact{af}, []fact{bf})
			d.Severity = order.Warn
			return append(diffs, d)
		}
	}
	return diffs
}

// typeWordBesides is rd's first word in 형 (two syllables or more, no listed value) that is not
// the word value and that other does not write, or nil.
func (rd *reading) typeWordBesides(value string, other *reading) *token {
	for i := range rd.toks {
		t := &rd.toks[i]
		w := t.raw
		if w == "" {
			w = t.text
		}
		if t.kind != tWord || w == value || !strings.HasSuffix(w, "형") || !hasRunes(w, 2) || other.writesWord(t.text) || rd.valueWord(w) ||
			shapeInHyeong(w) {
			continue
		}
		return t
	}
	return nil
}

// valueWord reports whether rd read a listed value from the word w.
func (rd *reading) valueWord(w string) bool {
	for i := range rd.attrs {
		if rd.attrs[i].word == w {
			return true
		}
	}
	return false
}

// shapeStems are stems that make a word in 형 the shape of the goods (새부리형, 컵형, 입체형, 롤형),
// unlisted as shape values but, like 원형 and 사각형, one more thing said of goods of one
// material: a duckbill mask is a nonwoven mask (새부리형 against 부직포형), a rolled cloth a
// nonwoven cloth (롤형 against 부직포형).
var shapeStems = [...]string{"부리", "컵", "돔", "입체", "평면", "평판", "하트", "원통", "삼각", "육각", "팔각", "아치", "반구", "롤"}

// shapeInHyeong reports whether w, a word in 형, ends in a shape stem before 형.
func shapeInHyeong(w string) bool {
	stem := strings.TrimSuffix(w, "형")
	for _, s := range shapeStems {
		if strings.HasSuffix(stem, s) {
			return true
		}
	}
	return false
}
