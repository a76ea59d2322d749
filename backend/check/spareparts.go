package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// A spare part. A listing sells a part of the goods alone by writing 교체용 (for replacing) or
// 증설용 (for adding to a set) before the part: 트램펄린 교체용 안전망 is the net of a trampoline,
// 블렌더 교체용 컵 the cup of a blender, 증설용 핸드셋 an extra handset without its base. One name
// that sells such a part and another that does not write the part in any form (nor a piece of
// two syllables of it: 먼지필터 writes 필터, 고무 받침 writes 고무 of 고무발) and says nothing of a
// replacement itself sells the whole goods against one part of them. It asks for a look: the
// part may be written under another name. (교환용 is left out: 엔진오일 교환용 오일필터 is the filter
// of an oil change, the goods themselves.)

// spareWords say the goods after them are a part sold alone.
var spareWords = [...]string{"교체용", "증설용"}

// genericParts name no part of their own: 후드 교체용 정품 부품 is the goods written before it.
var genericParts = map[string]bool{"부품": true, "파츠": true, "parts": true, "part": true, "부속": true, "부속품": true}

// includedWord after a part says the part comes with the goods (교체용 뚜껑 포함), not alone.
const includedWord = "포함"

// replacementWords say a name sells a replacement or refill itself.
var replacementWords = [...]string{"교체", "증설", "리필", "여분", "스페어", "호환"}

// compareSpareParts reports a bundle warning when one name sells a spare part the other does not
// write.
func compareSpareParts(r, e *reading, diffs []Difference) []Difference {
	if !(r.says.mayWriteAny(sigSpares) && writesSpare(r.name)) && !(e.says.mayWriteAny(sigSpares) && writesSpare(e.name)) {
		return diffs
	}
	return partAlone(r, e, diffs, func(b *reading) bool { return saysReplacement(b.name) }, (*reading).sparePart)
}

// partAlone adds a Warn of the kind 구성 at the first part one name a sells alone that the other
// name b does not (find reports where a writes it), for each side whose other name b is not
// skipped.
func partAlone(r, e *reading, diffs []Difference, skip func(b *reading) bool, find func(a, b *reading) (Span, bool)) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		if skip(b) {
			continue
		}
		sp, ok := find(a, b)
		if !ok {
			continue
		}
		part, none := []fact{{text: a.name[sp.Start:sp.End], sp: sp}}, []fact(nil)
		if a == e {
			part, none = none, part
		}
		d := difference(KindBundle, nil, nil, part, none)
		d.Severity = order.Warn
		return append(diffs, d)
	}
	return diffs
}

func writesSpare(name string) bool {
	for _, w := range spareWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func saysReplacement(name string) bool {
	for _, w := range replacementWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// sparePart is where rd writes a spare word and the part after it (a word of its own after it,
// or glued to it: 교체용필터) when other does not write the part.
func (rd *reading) sparePart(other *reading) (Span, bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		word := rd.name[t.sp.Start:t.sp.End]
		for _, w := range spareWords {
			rest, ok := strings.CutPrefix(word, w)
			if !ok {
				continue
			}
			sp := t.sp
			part := rest
			if strings.HasSuffix(part, includedWord) {
				continue // 교체용마개포함: the part comes with the goods
			}
			if part == "" {
				if i+1 == len(rd.toks) || rd.toks[i+1].kind != tWord || rd.toks[i+1].stop {
					continue // 고무팁 교체용: the goods are before the word
				}
				j := i + 1
				for j+1 < len(rd.toks) && rd.toks[j].attr && rd.toks[j+1].kind == tWord && !rd.toks[j+1].stop {
					j++ // 교체용 정품 컵: a listed attribute (정품) is no part, the word after it is
				}
				if genericParts[rd.toks[j].text] {
					j = partAfterGeneric(rd.toks, j) // 교체용 부속 / 카트리지: the option names the part
				}
				n := &rd.toks[j]
				if n.attr || genericParts[n.text] {
					continue // 후드 교체용 정품 부품: no part named, the goods are before the word
				}
				part, sp.End = rd.name[n.sp.Start:n.sp.End], n.sp.End
				if strings.HasSuffix(n.text, includedWord) || j+1 < len(rd.toks) && rd.toks[j+1].text == includedWord {
					continue // 교체용 뚜껑 포함: the part comes with the goods
				}
				if other.writesWord(n.text) || other.writesSpelling(n.canon) {
					continue // 건전지 and 배터리: one part in the vocabulary's two spellings
				}
				if h := rd.partHead(j); h > j && (other.writesWord(rd.toks[h].text) || other.writesSpelling(rd.toks[h].canon) ||
					partHeadWritten(rd.toks[h].text, other)) {
					continue // 교체용 방수 패드 against 위생 패드, 펌프 헤드 against 스프레이헤드: the part is the head both write (partheads.go)
				}
				if j+1 < len(rd.toks) && rd.toks[j+1].kind == tWord && !rd.toks[j+1].stop && !rd.toks[j+1].attr &&
					rd.toks[j+1].sp.Start <= n.sp.End+1 &&
					(other.writesWord(rd.toks[j+1].text) || other.writesSpelling(rd.toks[j+1].canon)) {
					continue // 교체용 실리콘 이어팁 against 이어팁: the word after 교체용 describes the part the other writes
				}
			}
			if !writesPieceOf(other.name, part) {
				return sp, true
			}
		}
	}
	return Span{}, false
}

// writesPieceOf reports whether name writes the word w, or two syllables of it next to each
// other (필터 of 렌즈필터).
func writesPieceOf(name, w string) bool {
	if utf8.RuneCountInString(w) <= 2 {
		return strings.Contains(name, w)
	}
	for i, r := range w {
		n := utf8.RuneLen(r)
		if i+n >= len(w) {
			break
		}
		_, m := utf8.DecodeRuneInString(w[i+n:])
		if strings.Contains(name, w[i:i+n+m]) {
			return true
		}
	}
	return false
}

// writesSpelling reports whether rd writes a word of the vocabulary's spelling canon ("" none).
func (rd *reading) writesSpelling(canon string) bool {
	if canon == "" {
		return false
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.canon == canon {
			return true
		}
	}
	return false
}

// partHead is the last word of the part that starts at the word j (교체용 방수 패드: 패드), the
// noun a Korean phrase ends in: the Hangul word right after j, or j itself when none follows.
func (rd *reading) partHead(j int) int {
	if j+1 < len(rd.toks) {
		if t := &rd.toks[j+1]; t.kind == tWord && !t.stop && !t.attr && t.text != "" && t.text[0] >= 0x80 && !genericParts[t.text] && t.sp.Start > rd.toks[j].sp.End {
			return j + 1
		}
	}
	return j
}

// partAfterGeneric is the index of the word that names the part after the generic part word at
// j (교체용 부속 / 카트리지, 교체용 부품 필터: the option or the next word names it), j itself when
// no word follows (후드 교체용 부품 / 1개: no part named).
func partAfterGeneric(toks []token, j int) int {
	k := j + 1
	if k < len(toks) && toks[k].kind == tBreak && toks[k].text == "/" {
		k++
	}
	if k < len(toks) && toks[k].kind == tWord && !toks[k].stop && !toks[k].attr {
		return k
	}
	return j
}
