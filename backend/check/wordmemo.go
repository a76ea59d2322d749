package check

// wordMemo keeps the readings of plain words (wordRead) from one comparison to the next on a
// reused Matcher. A bulk re-check reads the same words in name after name (세트, 블랙, 대용량…),
// and reading a word the lexicon does not list whole — trying it as listed words joined, a
// shade, a head before a listed word, a marked ending (readIndexed) — is the costliest part of
// reading a name. A word's reading depends on its text alone, as the pair's own reuse of it
// (reading.words) already takes, so a kept reading is the one reading it again would give.
//
// The memo holds at most maxMemoWords words and starts again when it is full: a re-check of a
// catalogue keeps its common words while they recur, and the memory stays bounded. 4,096 words
// keep nearly all that 16,384 do (400 instructions a pair more over the tables), and the
// last-level cache misses the memo adds fall from 6.5 a pair to 1.2 (cachegrind: 10.4 and 5.1
// a pair, against 3.9 without a memo). A Matcher
// keeps a memo from its second comparison on, so a one-off comparison (CompareBundle) builds none.
type wordMemo struct {
	index map[string]int32 // word → its reading in words
	words []wordRead       // attrs and attrN index attrs
	attrs []attribute
}

const maxMemoWords = 1 << 12

// find is the kept reading of w and its attributes, nil when the memo has none (or is nil).
func (m *wordMemo) find(w string) (*wordRead, []attribute) {
	if m == nil {
		return nil, nil
	}
	i, ok := m.index[w]
	if !ok {
		return nil, nil
	}
	wr := &m.words[i]
	return wr, m.attrs[wr.attrs : wr.attrs+wr.attrN]
}

// keep records the reading of token t's word, with its attributes attrs.
func (m *wordMemo) keep(t *token, attrs []attribute) {
	if m == nil {
		return
	}
	if m.index == nil || len(m.words) >= maxMemoWords {
		if m.index == nil {
			m.index = make(map[string]int32, 1024)
		}
		clear(m.index)
		m.words, m.attrs = m.words[:0], m.attrs[:0]
	}
	m.index[t.text] = int32(len(m.words))
	m.words = append(m.words, wordRead{text: t.text, canon: t.canon, stop: t.stop, attr: t.attr, wf: t.wf,
		attrs: int32(len(m.attrs)), attrN: int32(len(attrs))})
	m.attrs = append(m.attrs, attrs...)
}
