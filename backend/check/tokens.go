package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token of a name is.
type tokKind uint8

const (
	tWord    tokKind = iota // letters: 캐슈넛, black
	tNumber                 // a bare number: 95, 2024
	tMeasure                // a number with a unit: 160g, 3개, 1.5l, 2xl
	tSize                   // a clothing size word: s, m, xl, free
	tModel                  // letters glued to digits: s24, 15pro
	tTimes                  // x, ×, *
	tPlus                   // +
	tBreak                  // , / ( ) [ ] …: ends a run of counts
)

// dim is what a measure measures.
type dim uint8

const (
	dimNone dim = iota
	dimCount
	dimVolume  // in ml
	dimWeight  // in g
	dimLength  // in mm
	dimStorage // in MB
	dimPercent
	dimSizeNum // 100사이즈, 95호
	dimOther   // a number with a unit we do not know: 6인용, 3단, 2024년형 (unit kept in token.unit)
)

// token is one meaningful piece of a folded name.
type token struct {
	kind  tokKind
	dim   dim
	text  string  // folded text of the token
	unit  string  // folded unit, for measures
	value float64 // in the dimension's base unit (ml, g, mm, MB) or the count
	num   float64 // the number as written, before unit conversion
	inner bool    // a per-pack count (10개입): multiplies with the pack count even if equal
	attr  bool    // a word read as a listed attribute (or part of one)
	sp    Span    // original bytes
}

type unitDef struct {
	dim   dim
	scale float64
	inner bool
}

// units maps a folded unit to its dimension and its factor to the dimension's base unit.
var units = map[string]unitDef{
	// counts
	"개": {dimCount, 1, false}, "개입": {dimCount, 1, true}, "입": {dimCount, 1, true}, "팩": {dimCount, 1, false},
	"세트": {dimCount, 1, false}, "set": {dimCount, 1, false}, "박스": {dimCount, 1, false}, "box": {dimCount, 1, false},
	"봉": {dimCount, 1, false}, "봉지": {dimCount, 1, false}, "병": {dimCount, 1, false}, "캔": {dimCount, 1, false},
	"매": {dimCount, 1, false}, "장": {dimCount, 1, false}, "ea": {dimCount, 1, false}, "p": {dimCount, 1, false},
	"pcs": {dimCount, 1, false}, "pc": {dimCount, 1, false}, "pack": {dimCount, 1, false}, "통": {dimCount, 1, false},
	"포": {dimCount, 1, false}, "롤": {dimCount, 1, false}, "켤레": {dimCount, 1, false}, "족": {dimCount, 1, false},
	"갑": {dimCount, 1, false}, "알": {dimCount, 1, false}, "정": {dimCount, 1, false}, "캡슐": {dimCount, 1, false},
	"구": {dimCount, 1, false}, "판": {dimCount, 1, false}, "묶음": {dimCount, 1, false}, "망": {dimCount, 1, false},
	"과": {dimCount, 1, false}, "미": {dimCount, 1, false}, "벌": {dimCount, 1, false}, "권": {dimCount, 1, false},
	"개씩": {dimCount, 1, false}, "케이스": {dimCount, 1, false}, "box입": {dimCount, 1, true}, "스틱": {dimCount, 1, false},
	"단": {dimCount, 1, false}, "포기": {dimCount, 1, false}, "마리": {dimCount, 1, false}, "세트입": {dimCount, 1, true},
	"팩입": {dimCount, 1, true}, "봉입": {dimCount, 1, true}, "입수": {dimCount, 1, true}, "개월": {dimOther, 1, false},
	"t": {dimCount, 1, false}, "페트": {dimCount, 1, false}, "자루": {dimCount, 1, false}, "개비": {dimCount, 1, false}, "쌍": {dimCount, 1, false}, "종": {dimCount, 1, false}, "단계": {dimOther, 1, false}, "등급": {dimOther, 1, false}, "티백": {dimCount, 1, false}, "송이": {dimCount, 1, false}, "형": {dimLength, 25.4, false},
	// volume, ml
	"ml": {dimVolume, 1, false}, "l": {dimVolume, 1000, false}, "cc": {dimVolume, 1, false}, "dl": {dimVolume, 100, false},
	"리터": {dimVolume, 1000, false}, "미리": {dimVolume, 1, false}, "밀리": {dimVolume, 1, false}, "밀리리터": {dimVolume, 1, false},
	"씨씨": {dimVolume, 1, false}, "oz": {dimVolume, 29.5735, false}, "온스": {dimVolume, 29.5735, false}, "liter": {dimVolume, 1000, false}, "ltr": {dimVolume, 1000, false},
	// weight, g
	"g": {dimWeight, 1, false}, "kg": {dimWeight, 1000, false}, "mg": {dimWeight, 0.001, false}, "gr": {dimWeight, 1, false},
	"그램": {dimWeight, 1, false}, "키로": {dimWeight, 1000, false}, "킬로": {dimWeight, 1000, false}, "킬로그램": {dimWeight, 1000, false},
	"밀리그램": {dimWeight, 0.001, false}, "gram": {dimWeight, 1, false}, "근": {dimWeight, 600, false}, "mcg": {dimWeight, 0.000001, false},
	"μg": {dimWeight, 0.000001, false},
	// length, mm
	"mm": {dimLength, 1, false}, "cm": {dimLength, 10, false}, "m": {dimLength, 1000, false}, "인치": {dimLength, 25.4, false},
	"inch": {dimLength, 25.4, false}, "센치": {dimLength, 10, false}, "센티": {dimLength, 10, false}, "미터": {dimLength, 1000, false},
	"밀리미터": {dimLength, 1, false},
	// storage, MB
	"mb": {dimStorage, 1, false}, "gb": {dimStorage, 1024, false}, "tb": {dimStorage, 1024 * 1024, false},
	"기가": {dimStorage, 1024, false}, "테라": {dimStorage, 1024 * 1024, false},
	// clothing sizes written as numbers
	"사이즈": {dimSizeNum, 1, false}, "호": {dimSizeNum, 1, false}, "size": {dimSizeNum, 1, false},
	"%": {dimPercent, 1, false},
}

// sizeWords are clothing sizes written as letters; the value is the canonical size.
var sizeWords = map[string]string{
	"xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "2xl", "2xl": "2xl",
	"xxxl": "3xl", "3xl": "3xl", "4xl": "4xl", "xxxxl": "4xl", "5xl": "5xl", "f": "free", "free": "free",
	"프리": "free", "프리사이즈": "free", "freesize": "free", "스몰": "s", "미디엄": "m", "라지": "l",
	"엑스라지": "xl", "os": "free", "onesize": "free",
	"소": "s", "소형": "s", "중": "m", "중형": "m", "대": "l", "대형": "l", "특대": "xl", "특대형": "xl",
}

// maxUnitLen is the longest unit in bytes, to bound the prefix search.
const maxUnitLen = 12

type runeClass uint8

const (
	cSpace runeClass = iota
	cDigit
	cLatin
	cLetter // Hangul and every other script
	cTimes
	cPlus
	cPercent
	cBreak
)

func classOf(r rune) runeClass {
	if r < 0x80 {
		switch {
		case r >= '0' && r <= '9':
			return cDigit
		case r >= 'a' && r <= 'z':
			return cLatin
		case r == '*':
			return cTimes
		case r == '+':
			return cPlus
		case r == '%':
			return cPercent
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			return cSpace
		}
		return cBreak
	}
	if r >= 0xAC00 && r <= 0xD7A3 {
		return cLetter
	}
	switch {
	case r >= '0' && r <= '9':
		return cDigit
	case r >= 'a' && r <= 'z', r == 'μ', r == 'µ':
		return cLatin
	case r == '×' || r == '*' || r == '✕' || r == '✖' || r == '⨯':
		return cTimes
	case r == '+':
		return cPlus
	case r == '%':
		return cPercent
	case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r):
		return cSpace
	case r < 0x80:
		return cBreak
	case unicode.IsLetter(r):
		return cLetter
	case unicode.IsMark(r):
		return cLetter
	}
	return cBreak
}

// tokenize splits a folded name into tokens. It never fails: anything it does not understand
// is a word or a break.
func tokenize(f *folded) []token { return tokenizeInto(f, nil) }

// tokenizeInto is tokenize appending to toks.
func tokenizeInto(f *folded, toks []token) []token {
	rs := f.rs
	if cap(toks) == 0 {
		toks = make([]token, 0, len(rs)/3+4)
	}
	run := func(i int, c runeClass) int { // end of the run of class c starting at i
		for i < len(rs) && rs[i].c == c {
			i++
		}
		return i
	}
	emit := func(k tokKind, i, j int) *token {
		toks = append(toks, token{kind: k, text: f.sub(i, j), sp: f.span(i, j)})
		return &toks[len(toks)-1]
	}
	i := 0
	for i < len(rs) {
		switch rs[i].c {
		case cSpace:
			i++
		case cTimes:
			emit(tTimes, i, i+1)
			i++
		case cPlus:
			emit(tPlus, i, i+1)
			i++
		case cBreak, cPercent:
			emit(tBreak, i, i+1)
			i++
		case cDigit:
			i = lexNumber(f, i, &toks)
		case cLatin:
			j := run(i, cLatin)
			w := f.sub(i, j)
			switch {
			case w == "x":
				emit(tTimes, i, j)
			case j < len(rs) && rs[j].c == cDigit:
				// s24, a4: a model name, letters and digits together
				k := j
				for k < len(rs) && (rs[k].c == cDigit || rs[k].c == cLatin) {
					k++
				}
				emit(tModel, i, k)
				j = k
			default:
				if s, ok := sizeWords[w]; ok {
					t := emit(tSize, i, j)
					t.unit = s
				} else {
					emit(tWord, i, j)
				}
			}
			i = j
		case cLetter:
			j := run(i, cLetter)
			w := f.sub(i, j)
			if s, ok := sizeWords[w]; ok {
				t := emit(tSize, i, j)
				t.unit = s
			} else {
				emit(tWord, i, j)
			}
			i = j
		}
	}
	return toks
}

// lexNumber reads a number at i (with thousands commas and a decimal point) and the unit after
// it, appends the tokens and returns where it stopped.
func lexNumber(f *folded, i int, toks *[]token) int {
	rs := f.rs
	start := i
	seenDot, comma := false, false
	for i < len(rs) {
		switch {
		case rs[i].c == cDigit:
			i++
			continue
		case rs[i].r == ',' && i > start && !seenDot && thousands(rs, i):
			comma = true
			i++
			continue
		case rs[i].r == '.' && !seenDot && i+1 < len(rs) && rs[i+1].c == cDigit && i > start:
			seenDot = true
			i++
			continue
		}
		break
	}
	digits := f.sub(start, i)
	if comma {
		digits = strings.ReplaceAll(digits, ",", "")
	}
	value := -1.0 // too long to be a quantity: a bare number that never equals another
	if len(digits) <= 15 {
		if v, err := strconv.ParseFloat(digits, 64); err == nil {
			value = v
		}
	}
	numEnd := i

	// the unit: directly after the number, or after spaces when it cannot be read otherwise
	j := i
	for j < len(rs) && rs[j].c == cSpace {
		j++
	}
	spaced := j > i
	if j < len(rs) && (rs[j].c == cLatin || rs[j].c == cLetter || rs[j].c == cPercent) {
		c := rs[j].c
		k := j + 1
		if c != cPercent {
			for k < len(rs) && rs[k].c == c {
				k++
			}
		}
		word := f.sub(j, k)
		unit, rest := longestUnit(word)
		switch {
		case c == cLatin && rest != "" && rest != "x":
			unit, rest = "", word // 15pro is a model, not 15 pieces and "ro"
		case spaced && c == cLetter && rest != "":
			unit, rest = "", word // "2 구운": a number and a word
		}
		if spaced && start > 0 && rs[start-1].c == cLetter {
			goto bare // 아이폰15 케이스, 버즈2 케이스: a number glued to a word names a model
		}
		if spaced && c == cLatin && (unit == "" || len(unit) < 2) {
			goto bare // "95 l" is a size, "1 l" a guess: only multi-letter units may stand apart
		}
		if c == cLatin && unit == "" {
			// 3x150g: a multiplier; 2xl: a size; 15pro, 4k: a model
			if word == "x" {
				*toks = append(*toks, token{kind: tNumber, text: digits, value: value, num: value, sp: f.span(start, numEnd)})
				*toks = append(*toks, token{kind: tTimes, text: "x", sp: f.span(j, k)})
				return k
			}
			if s, ok := sizeWords[digits+word]; ok && !seenDot {
				*toks = append(*toks, token{kind: tSize, text: f.sub(start, k), unit: s, sp: f.span(start, k)})
				return k
			}
			*toks = append(*toks, token{kind: tModel, text: digits + word, sp: f.span(start, k)})
			return k
		}
		if unit == "" {
			if spaced || c == cPercent {
				goto bare
			}
			// a unit we do not know (6인용, 3단, 2024년형): compare it only with the same unit
			*toks = append(*toks, token{kind: tMeasure, dim: dimOther, text: f.sub(start, k), unit: word,
				value: value, num: value, sp: f.span(start, k)})
			return k
		}
		ud := units[unit]
		uEnd := j + utf8.RuneCountInString(unit)
		t := token{kind: tMeasure, dim: ud.dim, text: f.sub(start, uEnd), unit: unit, value: value * ud.scale,
			num: value, inner: ud.inner, sp: f.span(start, uEnd)}
		if ud.dim == dimOther {
			t.unit = unit
		}
		if value < 0 {
			t.value = -1
		}
		*toks = append(*toks, t)
		switch {
		case rest == "":
		case rest == "x" && c == cLatin:
			*toks = append(*toks, token{kind: tTimes, text: "x", sp: f.span(uEnd, k)})
		default:
			*toks = append(*toks, token{kind: tWord, text: rest, sp: f.span(uEnd, k)})
		}
		return k
	}
bare:
	*toks = append(*toks, token{kind: tNumber, text: digits, value: value, num: value, sp: f.span(start, numEnd)})
	return numEnd
}

// thousands reports whether the comma at i separates thousands: exactly three digits follow.
func thousands(rs []frune, i int) bool {
	if i+3 >= len(rs) {
		return false
	}
	for k := i + 1; k <= i+3; k++ {
		if rs[k].c != cDigit {
			return false
		}
	}
	return i+4 >= len(rs) || rs[i+4].c != cDigit
}

// longestUnit finds the longest unit that word starts with and returns it with the rest.
func longestUnit(word string) (unit, rest string) {
	end := len(word)
	if end > maxUnitLen {
		end = maxUnitLen
	}
	for ; end > 0; end-- {
		if !isBoundary(word, end) {
			continue
		}
		if _, ok := units[word[:end]]; ok {
			return word[:end], word[end:]
		}
	}
	return "", word
}

// formatValue writes a measure value without trailing zeros.
func formatValue(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
