package check

// One record a known word. wordIndex (vocab.go) holds, for every word of the lexicon, the
// vocabulary and the stop words, and of the lists below, what the readers and the rules ask of a
// word: its attribute, its vocabulary spelling, and in which lists it stands (wordFlags). The
// lists stay the source of truth: the flags are built from them once at init, so a word added to
// a list is seen. A word is looked up once while its name is read (read), and its flags are kept
// on its token (token.wf), so that a rule asks the token instead of probing each list's map.

// wordFlags are the lists a word stands in, by its written form.
type wordFlags uint16

const (
	wfIndexed     wordFlags = 1 << iota // in the lexicon, the vocabulary or the stop words
	wfShortLoan                         // a key of shortLoanwords
	wfGenericRole                       // a key of genericRoles
	wfSynonymList                       // a key of synonymsOf
	wfVocabulary                        // a key of wordSynonyms: canon is its vocabulary spelling
)

// markWordFlags sets the flags of every word of the lists in m, adding the words that are not
// entries yet (their entry is otherwise empty, as a word of none of wordIndex's tables has).
func markWordFlags(m map[string]wordEntry) {
	mark := func(w string, f wordFlags) {
		e := m[w]
		e.flags |= f
		m[w] = e
	}
	for w := range shortLoanwords {
		mark(w, wfShortLoan)
	}
	for w := range genericRoles {
		mark(w, wfGenericRole)
	}
	for w := range synonymsOf {
		mark(w, wfSynonymList)
	}
	for w := range wordSynonyms {
		mark(w, wfVocabulary)
	}
}

// wordFlagsOf looks up the flags of w.
func wordFlagsOf(w string) wordFlags {
	if !wordIndexKeys.may(w) {
		return 0
	}
	return wordIndex[w].flags
}

// flagsFor is the flags of w, the word of token t (nil for a word not read from a token): kept
// on t when it was read for w, looked up otherwise. A token's flags are a function of the word
// they were read for, so a token whose word changed (canonicalize, a Roman numeral read as a
// model) is looked up again.
func (t *token) flagsFor(w string) wordFlags {
	if t != nil && t.wfOf == w {
		return t.wf
	}
	return wordFlagsOf(w)
}

// synonymsOfFlagged is synonymsOf[w] for a word whose flags are wf.
func synonymsOfFlagged(w string, wf wordFlags) []string {
	if wf&wfSynonymList == 0 {
		return nil
	}
	return synonymsOf[w]
}

// readTokenThing is readThing(w) for the word w of token t: a word its token knows to have no
// record (no flag: in none of wordIndex's tables) is not looked up.
func readTokenThing(w string, t *token) thingOf {
	if t.wfOf == w && t.wf == 0 {
		return thingOf{w: w, canon: respelledWord(w)}
	}
	return readThing(w)
}

// comparedSynonyms is synonymsOfWord(compared(w)) for a word whose flags are wf.
func comparedSynonyms(w string, wf wordFlags) []string {
	if wf&wfVocabulary != 0 {
		return synonymsOfWord(wordSynonyms[w])
	}
	return synonymsOfFlagged(w, wf)
}
