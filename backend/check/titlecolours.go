package check

// A registered name is "product / option": the buyer chooses the option, and the seller's product
// title describes the line (TDK 프린터블 CD-R 화이트 인쇄용 / 50장, 실버925 체인 목걸이 / 45cm,
// 토린 빅레드 플로어작키 / 1개). A colour that only that title states, inside it (a word of the
// title follows it), against an exposed name that states no colour, says what the line looks
// like, not which of its goods the buyer chose: it is no difference. A colour in the option part
// is the buyer's choice and is still compared (캡모자 / 블랙 against 캡모자), and so is a colour
// that ends the title (로지텍 마우스 블랙 / M650: it names the variant) and any colour of a name
// without an option part. describesSharedNoun reads the narrower case where the next word is
// one both names write; this reads the title's colour whatever follows it.

// titleOnlyColours reports whether rd, a registered name with an option part, writes every fact
// of fs inside its title: before the option, with a word, number or code of the title after it.
func (rd *reading) titleOnlyColours(fs []fact) bool {
	if rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range fs {
		if len(f.more) > 0 || !rd.inProductName(f) {
			return false
		}
		i := tokenAt(rd, f.sp)
		if i < 0 || i+1 >= len(rd.toks) {
			return false
		}
		n := &rd.toks[i+1]
		if n.sp.Start >= rd.optStart || n.kind == tBreak {
			return false // 로지텍 마우스 블랙 / M650: the colour ends the title
		}
	}
	return len(fs) > 0
}
