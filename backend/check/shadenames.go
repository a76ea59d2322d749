package check

// A make-up shade is sold by its number (21호, 17C1) and named by words after it (21호 바닐라,
// 17C1 페탈 아이보리): the seller's option writes both, the catalogue often the number alone.
// Where both names write the same shade number and the other name writes no word after it, the
// colour or flavour words one name writes right after the number are the shade's name, not a
// colour the other name leaves out. Two numbers (21호 against 23호) still differ as sizes or codes,
// and a name that writes words of its own after the same number (3호 아이보리 against 3호 화이트)
// keeps them compared.

// maxShadeNameWords is how many words a shade's name may have before the value (페탈 아이보리).
const maxShadeNameWords = 3

// shadeNames leaves out the facts of fs, values rd writes, that name a shade whose number other
// writes bare.
func shadeNames(fs []fact, rd, other *reading) []fact {
	if len(fs) == 0 {
		return fs
	}
	return dropFactsIf(fs, func(f fact) bool { return namesShade(f, rd, other) })
}

// namesShade reports whether the value f of rd follows a shade number, past words only, that
// other writes with no word after it.
func namesShade(f fact, rd, other *reading) bool {
	i := tokenAt(rd, f.sp)
	for j := i - 1; j >= 0 && j >= i-maxShadeNameWords; j-- {
		t := &rd.toks[j]
		if t.kind == tWord {
			continue
		}
		if !shadeNumber(t) {
			return false
		}
		k := other.sameShadeNumber(t)
		return k >= 0 && (k+1 >= len(other.toks) || other.toks[k+1].kind != tWord)
	}
	return false
}

// shadeNumber reports whether t may be a shade's number: 21호, a code of digits and letters that
// starts with its digits (17C1, 21N1), or a short code of letters then digits (PK002, BE101); a
// model number joined by a hyphen (BZ-R350) is no shade's.
func shadeNumber(t *token) bool {
	return t.kind == tMeasure && t.dim == dimSizeNum && t.unit == "호" || t.kind == tModel && (isDigit(t.text[0]) || lettersThenDigits(t.text))
}

// lettersThenDigits reports whether w is one to three Latin letters followed by two to four digits
// (PK002, BE101, RD3).
func lettersThenDigits(w string) bool {
	i := 0
	for i < len(w) && isLatinLetter(w[i]) {
		i++
	}
	d := len(w) - i
	return i >= 1 && i <= 3 && d >= 2 && d <= 4 && isAllDigits(w[i:])
}

// sameShadeNumber is the index of rd's token written as the shade number t, -1 when none.
func (rd *reading) sameShadeNumber(t *token) int {
	for k := range rd.toks {
		if u := &rd.toks[k]; u.kind == t.kind && u.text == t.text {
			return k
		}
	}
	return -1
}
