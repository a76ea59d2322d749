package check

// doctorTitle reports whether toks[i] is the title Dr written with its point before a Latin
// word (Dr.CHAIR, Dr.Jart): Korean writes it 닥터 (닥터체어, 닥터자르트).
func doctorTitle(toks []token, i int) bool {
	return toks[i].text == "dr" && i+2 < len(toks) && toks[i+1].kind == tBreak && toks[i+1].text == "." &&
		toks[i+2].kind == tWord && toks[i+2].text != "" && toks[i+2].text[0] < 0x80
}

// ampersand reports whether t is an & between words, which Korean writes 앤 (Clean & Cozy is
// 클린앤코지, Johnson & Johnson 존슨앤존슨).
func ampersand(t *token) bool { return t.kind == tBreak && t.text == "&" }
