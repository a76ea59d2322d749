package check

import "strings"

// One flavour is written with more than one ending. A name may call a flavour by its taste (해산물맛)
// where the other calls it by its smell (해산물향: a pet toothpaste, a candle, a syrup), and a taste
// read from an adjective with 한맛 (새콤한맛, 달콤한맛) is the adjective's stem the other name writes
// alone (새콤 쌈무, 검은콩 달콤). Such a flavour, said only by one name as a flavour, is explained
// when the other name writes its stem with the other ending; a stem the other name does not
// write (담백한맛 against 달콤한) still differs.

// writesFlavourStems reports whether rd, which states no value of kind (a flavour or a scent),
// writes every fact of fs (the other name's values of kind) by its stem: as a value of the other
// kind with the same key (해산물맛 against 해산물향), or, for a taste read from 한맛, as the
// adjective's stem written as a word (새콤한맛 against 새콤).
func (rd *reading) writesFlavourStems(fs []fact, kind string) bool {
	other := attrScent
	if kind == attrScent {
		other = attrFlavor
	}
	for _, f := range fs {
		if f.key == "" {
			return false
		}
		if rd.hasAttr(other, f.key) {
			continue
		}
		if stem, ok := strings.CutSuffix(f.word, "한맛"); kind == attrFlavor && ok && len(stem) >= 6 && rd.writesWordText(stem) {
			continue
		}
		return false
	}
	return len(fs) > 0
}

// flavourEndingOf reports whether w, a word ending in 맛 or 향, is written by other with the
// other ending (해산물맛 against 해산물향): the word rule's side of writesFlavourStems. A taste
// named by its food (쌀맛, 옥수수맛) is also the food other writes alone as the option's value
// (떡뻥 쌀맛 against 떡뻥 / 쌀): the stem may then be one syllable.
func flavourEndingOf(w string, other *reading) bool {
	var swap string
	switch {
	case strings.HasSuffix(w, "맛"):
		swap = "향"
	case strings.HasSuffix(w, "향"):
		swap = "맛"
	default:
		return false
	}
	stem := w[:len(w)-len("맛")]
	return len(stem) >= 6 && other.writesWord(stem+swap) || swap == "향" && len(stem) >= 3 && other.writesWord(stem)
}
