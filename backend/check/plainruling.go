package check

// 플레인 (plain) is listed as the plain flavour, but a notebook's plain pages are 플레인 too
// (몰스킨 클래식 노트 포켓 하드커버 플레인 against … 줄노트): where the other name states a page
// ruling and this name states none, its 플레인, plain or 무지 is the plain ruling.

// plainRulingWords are the words of plain pages that are read otherwise when alone.
var plainRulingWords = map[string]bool{"플레인": true, "plain": true, "무지": true}

// plainRulingAttr is the listed reading of plain pages. Read only.
var plainRulingAttr = lexicon["무지노트"]

// readPlainRuling adds to rd the plain ruling at its first plain word when other states a ruling
// and rd states none.
func (rd *reading) readPlainRuling(other *reading) {
	if !other.hasAttrKind(attrRuling) || rd.hasAttrKind(attrRuling) {
		return
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && plainRulingWords[t.text] {
			rd.appendAttr(fact{key: plainRulingAttr.value, kind: attrRuling, word: t.text, text: rd.name[t.sp.Start:t.sp.End], sp: t.sp})
			return
		}
	}
}
