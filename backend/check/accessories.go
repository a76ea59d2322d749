package check

import "strings"

// An accessory made for the goods. A listing sells a thing made for other goods by writing 전용
// between the goods and the thing (냉장고 전용 보호커버, 온수매트 전용 보일러, 아이패드 전용
// 케이스): against a name that writes the goods themselves and neither the thing nor the word after
// it, nor a relation of its own (전용, 교체, 리필, 호환), one name sells the accessory and the other
// the goods. It asks for a look: the accessory may be written under another name. A person or a
// kind the lexicon reads before 전용 (여성 전용 쉐이버, 남성 전용 스킨) says who the goods are for,
// not goods an accessory is made for.

// sigMadeFor is the signature of 전용, asked before a name is searched for it.
var sigMadeFor = sigOf("전용")

// compareAccessories reports a bundle warning when one name sells an accessory made for goods the
// other name sells.
func compareAccessories(r, e *reading, diffs []Difference) []Difference {
	if !(r.says.mayWrite(&sigMadeFor) && strings.Contains(r.name, "전용")) && !(e.says.mayWrite(&sigMadeFor) && strings.Contains(e.name, "전용")) {
		return diffs
	}
	return partAlone(r, e, diffs, func(b *reading) bool {
		return strings.Contains(b.name, "전용") || saysReplacement(b.name)
	}, (*reading).accessoryFor)
}

// accessoryFor is where rd writes `X 전용 Y` (the goods — a word read as no attribute, or a model
// code the other name writes, D-EJ011 전용 케이스 — the word 전용
// and the thing), other writing the goods X and neither Y nor the word after Y (nor two syllables
// of either).
func (rd *reading) accessoryFor(other *reading) (Span, bool) {
	for i := 1; i+1 < len(rd.toks); i++ {
		t, goods, thing := &rd.toks[i], &rd.toks[i-1], &rd.toks[i+1]
		if t.kind != tWord || rd.name[t.sp.Start:t.sp.End] != "전용" || goods.kind != tWord && goods.kind != tModel || goods.attr || thing.kind != tWord || thing.stop {
			continue
		}
		if goods.kind == tWord && !other.writesWord(goods.text) || goods.kind == tModel && !other.writesModel(goods.text) {
			continue // a model code (D-EJ011 전용 케이스) names the goods as well as a word
		}
		y := rd.name[thing.sp.Start:thing.sp.End]
		if other.writesWord(thing.text) || writesPieceOf(other.name, y) {
			continue
		}
		if i+2 < len(rd.toks) && rd.wordWrittenBy(i+2, other) {
			continue // 냄비받침 매트 against 보호매트: the goods after the word 전용 names
		}
		return Span{Start: goods.sp.Start, End: thing.sp.End}, true
	}
	return Span{}, false
}

// wordWrittenBy reports whether the token at i is a word that other writes, or two syllables of.
func (rd *reading) wordWrittenBy(i int, other *reading) bool {
	n := &rd.toks[i]
	return n.kind == tWord && (other.writesWord(n.text) || writesPieceOf(other.name, rd.name[n.sp.Start:n.sp.End]))
}

// writesModel reports whether rd writes the model code text (a token read as a code).
func (rd *reading) writesModel(text string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tModel && t.text == text {
			return true
		}
	}
	return false
}
