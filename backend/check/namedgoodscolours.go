package check

// A colour word is also the first part of the names of some goods (화이트보드, a whiteboard, of
// any colour): 화이트보드 지우개 and 보드 지우개 are two names the vocabulary gives one eraser. Where
// the word with the colour and the word after it, joined, name the same goods as the other
// name's word without the colour and the word after it (보드지우개 = 화이트보드지우개), the colour is
// part of the goods' name, not a colour variant of the goods (compareVariants).

// namesGoodsWith reports whether rd's word i and the word after it, joined, are a vocabulary
// synonym of other's word rest and the word after it, joined.
func (rd *reading) namesGoodsWith(i int, other *reading, rest string) bool {
	if i+1 >= len(rd.toks) || rd.toks[i+1].kind != tWord {
		return false
	}
	a, ok := wordSynonyms[rd.toks[i].raw+rd.toks[i+1].raw]
	if !ok {
		return false
	}
	for k := 0; k+1 < len(other.toks); k++ {
		if t := &other.toks[k]; t.raw == rest && other.toks[k+1].kind == tWord {
			if b, ok := wordSynonyms[rest+other.toks[k+1].raw]; ok && a == b {
				return true
			}
		}
	}
	return false
}
