package check

// Goods measured by a length and by no weight or volume are no food: a parasol of 3m, an adapter
// of 13cm, an acrylic sheet of 400x600mm. A flavour word in the seller's product title of such
// goods names a shape, a tint or what the goods serve (바나나 파라솔 is banana-shaped, 스모크
// 아크릴판 smoke-tinted, 모카포트 어댑터 an adapter for a moka pot), not a taste the buyer chose,
// so when the other name writes no flavour it is left to the word rule. A flavour in the
// seller's option (20cm 체리: the colour chosen) or in the catalogue's name is still compared,
// and so is one whose name writes no colour where the other name writes one: read as the tint
// it may be, it is that name's colour, and 체리 원목 선반 against 원목 선반 월넛 or 초코 리본끈
// against 리본끈 핑크 are two colours, not a taste left unsaid.

// lengthGoodsTitle reports whether every flavour of fs stands in rd's product title (before its
// option), rd and other name goods measured by a length alone, and other writes no colour that
// the flavour, read as rd's tint, would be compared with.
func (rd *reading) lengthGoodsTitle(fs []fact, other *reading) bool {
	if other.hasAttrKind(attrColor) && !rd.hasAttrKind(attrColor) {
		return false
	}
	for _, f := range fs {
		if f.sp.Start >= rd.optStart {
			return false
		}
	}
	return len(fs) > 0 && lengthOnly(rd, other)
}

// lengthOnly reports whether r or e writes a length and neither writes a weight or a volume.
func lengthOnly(r, e *reading) bool {
	length := false
	for _, rd := range [2]*reading{r, e} {
		for i := range rd.toks {
			if t := &rd.toks[i]; t.kind == tMeasure {
				switch t.dim {
				case dimWeight, dimVolume:
					return false
				case dimLength:
					length = true
				}
			}
		}
	}
	return length
}
