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
	tModel                  // letters glued to digits: s24, 15pro, and codes joined by - . /: sm-r630
	tGrade                  // a grade written with plus signs: 1+, 1++, mb4+, spf50+
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
	dimCharge  // battery charge, in mAh
	dimPower   // in W
	dimSizeNum // 100사이즈, 95호
	dimOther   // a number with a unit we do not know: 6인용, 3단, 2024년형 (unit kept in token.unit)
)

// token is one meaningful piece of a folded name.
type token struct {
	kind  tokKind
	dim   dim
	text  string  // folded text of the token (the word rule's spelling of it, once canonicalized)
	raw   string  // the folded text as written, kept by canonicalize
	canon string  // a word's spelling in the vocabulary, "" when it has none (read by read)
	stop  bool    // a stop word, by its compared spelling (read by read, kept by canonicalize)
	unit  string  // folded unit, for measures
	value float64 // in the dimension's base unit (ml, g, mm, MB) or the count
	num   float64 // the number as written, before unit conversion
	inner bool    // a per-pack count (10개입): multiplies with the pack count even if equal
	attr  bool    // a word read as a listed attribute (or part of one)
	// approx: the value was converted from another unit system (30oz, 24인치) and is compared
	// with a tolerance; weak: the unit was taken from a neighbour (600 of 600+400mm, 24 of
	// 24-105mm) or assumed (1400x700 in mm), so the number may be written elsewhere in another
	// role; assumed: the unit was assumed, so only the number as written says anything (40x40
	// is 40 x 40cm as well as 400 x 400mm).
	approx, weak, assumed bool
	fs, fe                int32 // folded bytes [fs, fe) of the token in folded.text
	sp                    Span  // original bytes

	// wf is the lists the word wfOf stands in, kept from its record when the name was read
	// (wordrecord.go)
	wf   wordFlags
	wfOf string
}

type unitDef struct {
	dim    dim
	scale  float64
	inner  bool
	approx bool // an imperial unit: values converted from it are compared with a tolerance
}

// units maps a folded unit to its dimension and its factor to the dimension's base unit.
var units = map[string]unitDef{
	// counts
	"개": {dimCount, 1, false, false}, "개입": {dimCount, 1, true, false}, "입": {dimCount, 1, true, false}, "팩": {dimCount, 1, false, false}, "pk": {dimCount, 1, false, false},
	"세트": {dimCount, 1, false, false}, "set": {dimCount, 1, false, false}, "조": {dimCount, 1, false, false}, "박스": {dimCount, 1, false, false}, "box": {dimCount, 1, false, false},
	"봉": {dimCount, 1, false, false}, "봉지": {dimCount, 1, false, false}, "병": {dimCount, 1, false, false}, "캔": {dimCount, 1, false, false},
	"매": {dimCount, 1, false, false}, "장": {dimCount, 1, false, false}, "ea": {dimCount, 1, false, false}, "p": {dimCount, 1, false, false},
	"pcs": {dimCount, 1, false, false}, "pc": {dimCount, 1, false, false}, "pack": {dimCount, 1, false, false}, "통": {dimCount, 1, false, false},
	"포": {dimCount, 1, false, false}, "롤": {dimCount, 1, false, false}, "켤레": {dimCount, 1, false, false}, "족": {dimCount, 1, false, false},
	"갑": {dimCount, 1, false, false}, "알": {dimCount, 1, false, false}, "정": {dimCount, 1, false, false}, "캡슐": {dimCount, 1, false, false},
	"구": {dimCount, 1, false, false}, "판": {dimCount, 1, false, false}, "묶음": {dimCount, 1, false, false}, "망": {dimCount, 1, false, false},
	"과": {dimCount, 1, false, false}, "미": {dimCount, 1, false, false}, "벌": {dimCount, 1, false, false}, "권": {dimCount, 1, false, false},
	"개씩": {dimCount, 1, false, false}, "케이스": {dimCount, 1, false, false}, "box입": {dimCount, 1, true, false}, "스틱": {dimCount, 1, false, false},
	"단": {dimCount, 1, false, false}, "포기": {dimCount, 1, false, false}, "마리": {dimCount, 1, false, false}, "세트입": {dimCount, 1, true, false},
	"팩입": {dimCount, 1, true, false}, "봉입": {dimCount, 1, true, false}, "입수": {dimCount, 1, true, false}, "개월": {dimOther, 1, false, false},
	"t": {dimCount, 1, false, false}, "페트": {dimCount, 1, false, false}, "자루": {dimCount, 1, false, false}, "개비": {dimCount, 1, false, false}, "쌍": {dimCount, 1, false, false}, "종": {dimCount, 1, false, false}, "단계": {dimOther, 1, false, false}, "등급": {dimOther, 1, false, false}, "티백": {dimCount, 1, false, false}, "송이": {dimCount, 1, false, false}, "형": {dimLength, 25.4, false, true},
	"다스": {dimCount, 12, false, false}, "더즌": {dimCount, 12, false, false}, "dozen": {dimCount, 12, false, false}, "본": {dimCount, 1, false, false},
	"대": {dimCount, 1, false, false}, "타": {dimCount, 12, false, false}, "타래": {dimCount, 1, false, false}, "덱": {dimCount, 1, false, false}, "패드": {dimCount, 1, false, false}, "볼": {dimCount, 1, false, false}, "컷": {dimCount, 1, false, false}, "피스": {dimCount, 1, false, false}, "조각": {dimCount, 1, false, false}, "매입": {dimCount, 1, true, false}, "장입": {dimCount, 1, true, false},
	"주": {dimCount, 1, false, false}, "두": {dimCount, 1, false, false}, // plants (묘목 2주) and heads (노즐 4두) counted
	// countries a SIM or a plan covers (유럽 33개국): no count of goods
	"개국": {dimOther, 1, false, false},
	"주년": {dimOther, 1, false, false}, "주분": {dimOther, 1, false, false}, "주일": {dimOther, 1, false, false}, "주차": {dimOther, 1, false, false}, // weeks and anniversaries, no count
	"구입": {dimCount, 1, true, false}, "인조": {dimCount, 1, false, false}, "롤입": {dimCount, 1, true, false}, "캔입": {dimCount, 1, true, false}, "병입": {dimCount, 1, true, false},
	// volume, ml
	"ml": {dimVolume, 1, false, false}, "l": {dimVolume, 1000, false, false}, "cc": {dimVolume, 1, false, false}, "dl": {dimVolume, 100, false, false},
	"리터": {dimVolume, 1000, false, false}, "미리": {dimVolume, 1, false, false}, "밀리": {dimVolume, 1, false, false}, "밀리리터": {dimVolume, 1, false, false},
	"씨씨": {dimVolume, 1, false, false}, "oz": {dimVolume, 29.5735, false, true}, "온스": {dimVolume, 29.5735, false, true}, "fl": {dimVolume, 29.5735, false, true}, "liter": {dimVolume, 1000, false, false}, "ltr": {dimVolume, 1000, false, false},
	"갤런": {dimVolume, 3785.41, false, true}, "gal": {dimVolume, 3785.41, false, true}, "gallon": {dimVolume, 3785.41, false, true}, // a US gallon
	"qt": {dimVolume, 946.353, false, true}, "quart": {dimVolume, 946.353, false, true}, "쿼트": {dimVolume, 946.353, false, true}, // a US quart (cooler sizes)
	// weight, g
	"g": {dimWeight, 1, false, false}, "kg": {dimWeight, 1000, false, false}, "mg": {dimWeight, 0.001, false, false}, "gr": {dimWeight, 1, false, false},
	"그램": {dimWeight, 1, false, false}, "키로": {dimWeight, 1000, false, false}, "킬로": {dimWeight, 1000, false, false}, "킬로그램": {dimWeight, 1000, false, false},
	"밀리그램": {dimWeight, 0.001, false, false}, "gram": {dimWeight, 1, false, false}, "근": {dimWeight, 600, false, false}, "mcg": {dimWeight, 0.000001, false, false},
	"μg": {dimWeight, 0.000001, false, false}, "lb": {dimWeight, 453.592, false, true}, "lbs": {dimWeight, 453.592, false, true},
	"돈": {dimWeight, 3.75, false, false}, "냥": {dimWeight, 37.5, false, false}, // gold and silver weights: 1돈 = 3.75 g, 1냥 = 10돈
	"파운드": {dimWeight, 453.592, false, true},
	"톤":   {dimOther, 1, false, false}, "ton": {dimOther, 1, false, false}, "tons": {dimOther, 1, false, false}, // a jack's lift in tonnes: a rating, never a sum
	// length, mm
	"mm": {dimLength, 1, false, false}, "cm": {dimLength, 10, false, false}, "m": {dimLength, 1000, false, false}, "인치": {dimLength, 25.4, false, true},
	"inch": {dimLength, 25.4, false, true}, "센치": {dimLength, 10, false, false}, "센티": {dimLength, 10, false, false}, "미터": {dimLength, 1000, false, false},
	"밀리미터": {dimLength, 1, false, false}, "폭": {dimLength, 1, false, false}, "rpm": {dimOther, 1, false, false},
	"mic": {dimOther, 1, false, false}, "micron": {dimOther, 1, false, false}, "미크론": {dimOther, 1, false, false}, "마이크론": {dimOther, 1, false, false}, "μm": {dimOther, 1, false, false}, // a film's thickness in micrometres, compared apart from its sheet size
	"sq": {dimOther, 1, false, false}, // a cable's cross-section in square millimetres (2.5SQ), compared apart from its length
	// storage, MB
	"mb": {dimStorage, 1, false, false}, "gb": {dimStorage, 1024, false, false}, "tb": {dimStorage, 1024 * 1024, false, false},
	"기가": {dimStorage, 1024, false, false}, "테라": {dimStorage, 1024 * 1024, false, false},
	// clothing sizes written as numbers
	"사이즈": {dimSizeNum, 1, false, false}, "호": {dimSizeNum, 1, false, false}, "size": {dimSizeNum, 1, false, false},
	"%": {dimPercent, 1, false, false},
	// battery charge, mAh; power, W
	"mah": {dimCharge, 1, false, false}, "ah": {dimCharge, 1000, false, false}, "w": {dimPower, 1, false, false}, "kw": {dimPower, 1000, false, false},
	"와트": {dimPower, 1, false, false},
}

// sizeWords are clothing sizes written as letters; the value is the canonical size.
var sizeWords = map[string]string{
	"xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "2xl", "2xl": "2xl",
	"xxxl": "3xl", "3xl": "3xl", "4xl": "4xl", "xxxxl": "4xl", "5xl": "5xl", "f": "free", "free": "free",
	"프리": "free", "프리사이즈": "free", "freesize": "free", "스몰": "s", "미디엄": "m", "라지": "l",
	"엑스라지": "xl", "os": "free", "onesize": "free",
	// the same sizes spelled out: in Hangul as said (미디움, 엑스스몰), and X-Large, X-L, XX-Large as
	// one size (lettersizes.go); not small, medium or large alone, a roast or a batch as often
	"미디움": "m", "엑스스몰": "xs", "x-large": "xl", "xx-large": "2xl", "x-small": "xs",
	"xlarge": "xl", "xsmall": "xs", "x-l": "xl", "xx-l": "2xl", "x-s": "xs",
	"소": "s", "소형": "s", "중": "m", "중형": "m", "대": "l", "대형": "l", "특대": "xl", "특대형": "xl",
	"초대형": "초대형", "중대형": "중대형", "초소형": "초소형", "점보": "초대형", "표준형": "표준형", "일반형": "표준형",
	// grades of fruit by size
	"왕과": "왕과", "특과": "특과", "대과": "대과", "중과": "중과", "소과": "소과",
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
	if uint32(r) < 0x80 {
		return asciiClasses[r]
	}
	if uint32(r-0xAC00) <= 0xD7A3-0xAC00 { // a Hangul syllable
		return cLetter
	}
	return classOfOther(r)
}

// asciiClasses is classOf of each ASCII rune, built once.
var asciiClasses = func() (cs [0x80]runeClass) {
	for r := range rune(0x80) {
		cs[r] = classOfOther(r)
	}
	return cs
}()

// classOfOther is classOf without the tables.
func classOfOther(r rune) runeClass {
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

// gradeRange reports whether the number-and-L at rs[start:end] is one end of a size-grade range
// such as (L~2L) or (2L~3L): a 2 to 5 before the L and, across a '~', a letter size (S, M, L) or
// another grade (2S, 3L).
func gradeRange(rs []frune, start, end int) bool {
	if end-start != 2 || rs[start].r < '2' || rs[start].r > '5' {
		return false
	}
	isGrade := func(i int) bool { // a size letter at i, alone or after one digit
		if i < 0 || i >= len(rs) {
			return false
		}
		switch rs[i].r {
		case 's', 'm', 'l':
			return true
		}
		return false
	}
	alone := func(i int) bool { return i < 0 || i >= len(rs) || rs[i].c != cLatin }
	if start >= 2 && rs[start-1].r == '~' {
		i := start - 2
		if isGrade(i) && (alone(i-1) || (rs[i-1].c == cDigit && alone(i-2))) {
			return true
		}
	}
	if end+1 < len(rs) && rs[end].r == '~' {
		i := end + 1
		if isGrade(i) && alone(i+1) {
			return true
		}
		if rs[i].c == cDigit && isGrade(i+1) && alone(i+2) {
			return true
		}
	}
	return false
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
	emit := func(k tokKind, i, j int) *token { // f.token, written in place: a token is large
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		fs, fe := f.offset(i), f.offset(j) // once: f.sub would look both up again
		t.kind, t.text, t.fs, t.fe, t.sp = k, f.text[fs:fe], int32(fs), int32(fe), f.span(i, j)
		return t
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
			if k, size, ok := hyphenSize(f, rs, w, j, run); ok {
				t := emit(tSize, i, k) // X-Large, XX-Large: one size, not x and Large
				t.unit = size
				i = k
				continue
			}
			switch {
			case w == "x" && !(i > 0 && rs[i-1].r == '-' && j < len(rs) && rs[j].c == cDigit) &&
				!((i == 0 || rs[i-1].c != cDigit) && j+1 < len(rs) && rs[j].r == '-' && rs[j+1].c == cDigit) &&
				!xCode(rs, i, j) && !xEndsCode(rs, i, j) && !xHyphenTail(rs, i, j): // HD60 X, DTX6K2-X (codeletters.go)
				emit(tTimes, i, j) // but SM-X510, X-1 and X50V are codes
			case j < len(rs) && rs[j].c == cDigit:
				// s24, a4: a model name, letters and digits together
				k := j
				for k < len(rs) && (rs[k].c == cDigit || rs[k].c == cLatin) {
					k++
				}
				emit(tModel, i, k)
				j = k
			default:
				if s, ok := sizeWordOf(w); ok && !dottedInitial(rs, i, j) {
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
			if s, ok := sizeWordOf(w); ok && !roastAfter(f, rs, j, run) {
				t := emit(tSize, i, j)
				t.unit = s
			} else {
				emit(tWord, i, j)
			}
			i = j
		}
	}
	return refine(f, toks)
}

// xCode reports whether the x of rs[i:j] starts a code written as one word with digits and a
// letter ending (X50V, X100F, as X-50V is a code): not after a digit (2x3m), and not before
// digits that end the word or take a Hangul unit (x2, x3팩), which multiply.
func xCode(rs []frune, i, j int) bool {
	if i > 0 && rs[i-1].c != cSpace && rs[i-1].c != cBreak || j >= len(rs) || rs[j].c != cDigit {
		return false
	}
	for j < len(rs) && rs[j].c == cDigit {
		j++
	}
	return j < len(rs) && rs[j].c == cLatin
}

// token makes a token of kind k from the folded runes [i, j).
func (f *folded) token(k tokKind, i, j int) token {
	fs, fe := f.offset(i), f.offset(j)
	return token{kind: k, text: f.text[fs:fe], fs: int32(fs), fe: int32(fe), sp: f.span(i, j)}
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
		if v, ok := wholeNumber(digits); ok {
			value = v // what ParseFloat reads, without it: below 10^15 every integer is exact
		} else if v, err := strconv.ParseFloat(digits, 64); err == nil {
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
		if !spaced && word == "대" && k < len(rs) && rs[k].c == cDigit {
			// 16대9: a ratio of two numbers, not 16 pieces
			n := f.token(tNumber, start, numEnd)
			n.text, n.value, n.num = digits, value, value
			*toks = append(*toks, n)
			return k
		}
		unit, rest, ud := longestUnit(word) // ud: the unit found, looked up once
		switch {
		case c == cLatin && rest != "" && rest != "x":
			unit, rest = "", word // 15pro is a model, not 15 pieces and "ro"
		case unit == "fl" && rest == "" && !ouncesFollow(rs, k):
			unit, rest = "", word // 2FL: no fluid ounce without its oz (fluidounces.go)
		case spaced && c == cLetter && rest != "":
			unit, rest = "", word // "2 구운": a number and a word
		case c == cLetter && counterInsideWord(word, rest):
			unit, rest = "", word // 4포켓, 6포트: a word, not a counter and a syllable (counterwords.go)
		case spaced && c == cLetter && ud.dim == dimCount && utf8.RuneCountInString(unit) >= 3:
			unit, rest = "", word // "아이폰 15 케이스": a long counter written apart is a word
		}
		if spaced && start > 0 && rs[start-1].c == cLetter {
			goto bare // 아이폰15 케이스, 버즈2 케이스: a number glued to a word names a model
		}
		if spaced && start > 1 && (rs[start-1].r == '.' || rs[start-1].r == '-') && (rs[start-2].c == cDigit || rs[start-2].c == cLatin) {
			goto bare // Y3.3 캡슐, DCD-791 본체: the end of a code, not a count of what follows
		}
		if spaced && c == cLatin && (unit == "" || len(unit) < 2) {
			goto bare // "95 l" is a size, "1 l" a guess: only multi-letter units may stand apart
		}
		if c == cLatin && unit == "" {
			// 3x150g: a multiplier; 2xl: a size; 15pro, 4k: a model
			if word == "x" && xGluedCode(rs, j, k) {
				n := f.token(tNumber, start, numEnd)
				n.text, n.value, n.num = digits, value, value
				*toks = append(*toks, n, f.token(tWord, j, k)) // SN-5X: the code's letter (codeletters.go)
				return k
			}
			if word == "x" {
				n := f.token(tNumber, start, numEnd)
				n.text, n.value, n.num = digits, value, value
				*toks = append(*toks, n, f.token(tTimes, j, k))
				return k
			}
			if s, ok := sizeWords[digits+word]; ok && !seenDot {
				t := f.token(tSize, start, k)
				t.unit = s
				*toks = append(*toks, t)
				return k
			}
			*toks = append(*toks, f.token(tModel, start, k))
			return k
		}
		if unit == "" {
			if spaced || c == cPercent {
				goto bare
			}
			// a unit we do not know (6인용, 3단, 2024년형): compare it only with the same unit
			t := f.token(tMeasure, start, k)
			t.dim, t.unit, t.value, t.num = dimOther, word, value, value
			*toks = append(*toks, t)
			return k
		}
		if unit == "l" && rest == "" && !spaced && !seenDot && gradeRange(rs, start, k) {
			// (L~2L), 2L~3L: a produce size grade (감귤, 사과), not litres
			t := f.token(tSize, start, k)
			t.unit = digits + "l"
			*toks = append(*toks, t)
			return k
		}
		// unit is what longestUnit found (every case that set it to "" has returned), read as ud
		uEnd := j + utf8.RuneCountInString(unit)
		t := f.token(tMeasure, start, uEnd)
		t.dim, t.unit, t.value, t.num, t.inner, t.approx = ud.dim, unitSpelling(unit), value*ud.scale, value, ud.inner, ud.approx
		if value < 0 {
			t.value = -1
		}
		*toks = append(*toks, t)
		switch {
		case rest == "":
		case rest == "x" && c == cLatin:
			*toks = append(*toks, f.token(tTimes, uEnd, k))
		default:
			*toks = append(*toks, f.token(tWord, uEnd, k))
		}
		return k
	}
bare:
	t := f.token(tNumber, start, numEnd)
	t.text, t.value, t.num = digits, value, value
	*toks = append(*toks, t)
	return numEnd
}

// wholeNumber reads s when it is nothing but decimal digits (at most 15 of them).
func wholeNumber(s string) (float64, bool) {
	if s == "" || len(s) > 15 {
		return 0, false
	}
	n := int64(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return float64(n), true
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

// longestUnit finds the longest unit that word starts with and returns it with the rest and
// its definition (the zero unitDef when word starts with none).
func longestUnit(word string) (unit, rest string, d unitDef) {
	end := len(word)
	if end > maxUnitLen {
		end = maxUnitLen
	}
	lens := unitLens.lens(word)
	for ; end > 0; end-- {
		if lens&(1<<end) == 0 || !isBoundary(word, end) || !unitKeys.may(word[:end]) {
			continue
		}
		if d, ok := unitOf(word[:end]); ok {
			return word[:end], word[end:], d
		}
	}
	return "", word, unitDef{}
}

// formatValue writes a measure value without trailing zeros.
func formatValue(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// refine rewrites the tokens of a name where a piece means more than its parts: a code written
// with hyphens, dots or slashes is one model (SM-R630, MZ-V9P1T0BW, PC5-44800, M.2), a Latin
// word written with a hyphen is one word (Wi-Fi, Joy-Con), a number or code followed by plus
// signs is a grade (1+, 1++, MB 4+, SPF50+), a bare number next to a measure takes its unit
// (600+400mm, 24-105mm, 150x70cm) and two bare numbers multiplied are a size, not a count
// (1400x700). It works in place and returns the shortened slice.
//
// Each pass after mergeCodes is gated by the token kinds it starts from (kinds of the tokens
// mergeCodes leaves; the passes after it make no bare number, plus or word of another kind):
// a name without a bare number is not read for inch fractions, magnifications or inherited
// units. Some passes also need what they look for in the name's signature (f.says): a decimal
// point and a t (thicknessT), a slash or an inch mark (the four fraction and inch passes), a 배
// or an x token (magnifications), a side label or a pack word.
func refine(f *folded, toks []token) []token {
	toks = mergeCodes(f, toks)
	has := ^gateBits(0)
	if !f.ungated {
		has = tokenKinds(toks)
	}
	if has&kindBit(tPlus) != 0 {
		toks = mergeGrades(f, toks)
	}
	says := smallLetters(f.says) // the words the passes look for are folded: capitals count as small letters
	if has&kindBit(tMeasure) != 0 && says.mayWriteSome(&thicknessSigs) {
		thicknessT(toks)
	}
	if has&kindBit(tNumber) != 0 && says.mayWriteSome(&fractionMarkSigs) {
		toks = mixedInches(toks)
		toks = inchFractions(toks)
		toks = mixedNumbers(toks) // 2 1/2 (mixednumbers.go)
		toks = wholeInches(toks)  // 12" (inchmarks.go)
	}
	if has&(kindBit(tNumber)|kindBit(tMeasure)) != 0 && (has&kindBit(tTimes) != 0 || says.mayWriteSome(&magnificationSigs)) {
		toks = magnifications(toks) // a 배율 measure, or a number
	}
	if has&kindBit(tWord) != 0 && has&(kindBit(tNumber)|kindBit(tMeasure)) != 0 && says.mayWriteSome(&sideLabelSigs) {
		toks = dropSideLabels(toks) // 가로100 x 세로150cm
	}
	if has&kindBit(tNumber) != 0 {
		inheritUnits(toks)
	}
	if has&kindBit(tWord) != 0 && says.mayWriteSome(&packWordSigs) {
		packCounts(toks)
	}
	return toks
}

// tokenKinds is the gate bits of the kinds of toks.
func tokenKinds(toks []token) gateBits {
	var g gateBits
	for i := range toks {
		g |= kindBit(toks[i].kind)
	}
	return g
}

// packWords are words that say how many packs without a number: a twin pack is two.
var packWords = map[string]float64{
	"트윈팩": 2, "더블팩": 2, "듀오팩": 2, "twinpack": 2, "트리플팩": 3, "triplepack": 3, "쿼드팩": 4,
}

// packWordSigs is the signatures of packWords, for refine's first test (the name's capitals taken
// for small letters: the words are folded).
var packWordSigs = sigSetOf(mapKeys(packWords)...)

// packCounts reads a pack word as the count it says (트윈팩 = 2팩).
func packCounts(toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		if t.text == "" || !packWordEnds[t.text[len(t.text)-1]] || !packWordKeys.may(t.text) {
			continue
		}
		if n, ok := packWords[t.text]; ok {
			t.kind, t.dim, t.unit, t.value, t.num = tMeasure, dimCount, "팩", n, n
		}
	}
}

// adjacent reports whether b starts where a ends, with nothing between them.
func adjacent(a, b *token) bool { return a.fe == b.fs }

// spaceByte reports whether c is a space of one byte as a name may write it: a tab or a line break
// separates words as a space does.
func spaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func codePart(t *token) bool {
	switch t.kind {
	case tModel, tNumber:
		return t.value >= 0 || t.kind == tModel
	case tWord, tSize:
		return t.text != "" && t.text[0] < 0x80
	}
	return false
}

// letterUnitAfterLetters: a number with a one-letter unit (02T, 10P) after a Latin code part
// and a separator is the end of the code (VD-02T), not a count.
func letterUnitAfterLetters(prev, t *token) bool {
	return t.kind == tMeasure && len(t.unit) == 1 && t.unit[0] >= 'a' && t.unit[0] <= 'z' &&
		prev.text != "" && prev.text[len(prev.text)-1] >= 'a' && prev.text[len(prev.text)-1] <= 'z' && prev.kind != tMeasure
}

func codeSep(t *token) bool {
	return t.kind == tBreak && (t.text == "-" || t.text == "." || t.text == "/" || t.text == "'" || t.text == "’")
}

func mergeCodes(f *folded, toks []token) []token {
	out := toks[:0]
	keep := func(i int) { // out = append(out, toks[i]), without copying a token onto itself
		if n := len(out); n != i {
			toks[n] = toks[i]
		}
		out = out[:len(out)+1]
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !codePart(t) {
			keep(i)
			continue
		}
		j, seps, hyphensOnly := i, 0, true
		for {
			switch {
			case j+1 < len(toks) && codePart(&toks[j+1]) && adjacent(&toks[j], &toks[j+1]):
				j++
				continue
			case j+2 < len(toks) && codeSep(&toks[j+1]) && (codePart(&toks[j+2]) || letterUnitAfterLetters(&toks[j], &toks[j+2])) &&
				adjacent(&toks[j], &toks[j+1]) && adjacent(&toks[j+1], &toks[j+2]):
				seps++
				hyphensOnly = hyphensOnly && (toks[j+1].text == "-" || toks[j+1].text == "'" || toks[j+1].text == "’")
				j += 2
				continue
			}
			break
		}
		if j == i {
			keep(i)
			continue
		}
		text := f.text[t.fs:toks[j].fe]
		letters, digits := false, false
		for k := 0; k < len(text); k++ {
			c := text[k]
			letters = letters || c >= 'a' && c <= 'z'
			digits = digits || c >= '0' && c <= '9'
		}
		var kind tokKind
		switch {
		case letters && digits:
			kind = tModel
		case letters && seps > 0 && hyphensOnly && text[0] < 0x80 && !endsInVariantWord(toks[i:j+1]):
			kind = tWord // wi-fi, i-fix, usb-c, d'addario
		default:
			keep(i)
			continue
		}
		out = append(out, token{kind: kind, text: text, fs: t.fs, fe: toks[j].fe, sp: Span{t.sp.Start, toks[j].sp.End}})
		i = j
	}
	return out
}

// mergeGrades reads a number, code or short Latin word followed by plus signs as a grade, unless
// a number follows the plus signs directly (1+1 is a count).
func mergeGrades(f *folded, toks []token) []token {
	plus := false
	for i := range toks {
		plus = plus || toks[i].kind == tPlus
	}
	if !plus {
		return toks
	}
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		gradeHead := t.kind == tNumber && t.value >= 0 || t.kind == tModel ||
			t.kind == tWord && t.text != "" && t.text[0] < 0x80 && len(t.text) <= 4
		if !gradeHead || i+1 >= len(toks) || toks[i+1].kind != tPlus || !adjacent(&t, &toks[i+1]) {
			out = append(out, t)
			continue
		}
		j := i + 1
		for j+1 < len(toks) && toks[j+1].kind == tPlus && adjacent(&toks[j], &toks[j+1]) {
			j++
		}
		if j+1 < len(toks) && adjacent(&toks[j], &toks[j+1]) && (toks[j+1].kind == tNumber || toks[j+1].kind == tMeasure) {
			out = append(out, t) // 1+1, 2+1개, 20+28인치
			continue
		}
		if joinsWords(toks, i, j) {
			out = append(out, t) // HDMI+USB: two words joined (latinplus.go)
			continue
		}
		g := token{kind: tGrade, text: f.text[t.fs:toks[j].fe], value: -1, num: -1, fs: t.fs, fe: toks[j].fe,
			sp: Span{t.sp.Start, toks[j].sp.End}}
		// MB 4+, SPF 50+: a short Latin word before a numeric grade names it
		if t.kind == tNumber && len(out) > 0 {
			p := &out[len(out)-1]
			if p.kind == tWord && p.text != "" && p.text[0] < 0x80 && len(p.text) <= 4 &&
				strings.TrimSpace(f.text[p.fe:t.fs]) == "" {
				// one space between the name and the grade however the space was written (a tab,
				// two spaces), as the rules that look for the name before the space expect
				g.text, g.fs, g.sp.Start = p.text+" "+g.text, p.fs, p.sp.Start
				out = out[:len(out)-1]
			}
		}
		out = append(out, g)
		i = j
	}
	return out
}

// inheritUnits gives bare numbers the unit of the measure they are written with: 600+400mm,
// 20+28인치, 24-105mm, 150x70cm. Two bare numbers multiplied (1400x700, 26x1.95) are a size.
func inheritUnits(toks []token) {
	bare := func(i int) bool { return i < len(toks) && toks[i].kind == tNumber && toks[i].value >= 0 }
	for i := 0; i < len(toks); i++ {
		if !bare(i) || i+1 >= len(toks) {
			continue
		}
		// the chain of numbers and joiners after i, up to a measure
		j := i
		for bare(j) && j+1 < len(toks) && joiner(&toks[j], &toks[j+1]) && j+2 < len(toks) {
			j += 2
		}
		m := &toks[j]
		if j > i && m.kind == tMeasure && m.dim != dimCount && m.dim != dimOther && m.value >= 0 {
			times := false
			for k := i + 1; k < j; k += 2 {
				times = times || toks[k].kind == tTimes
			}
			// a square, a decimal or inches (3x3인치, 2.5x3.5인치, 4x6인치: a card's or a photo's
			// sides) before a length is a size, not a count; so are sides written tight with the
			// unit once at the end (6x8m, 4x5m: a tarp's) or in a name that counts elsewhere
			// (3 x 4m, 4개), where 2 x 3m, spaced and alone, is two cables
			square := j == i+2 && (toks[i].num == m.num || strings.Contains(toks[i].text, ".") || m.unit == "인치" || m.unit == "inch")
			if !times || m.dim == dimLength && (toks[i].value >= 10 || square || tightChain(toks, i, j) || countsElsewhere(toks, i, j)) {
				scale := m.value / m.num
				for k := i; k < j; k += 2 {
					n := &toks[k]
					n.kind, n.dim, n.unit, n.value, n.approx, n.weak = tMeasure, m.dim, m.unit, n.num*scale, m.approx, true
				}
			}
			i = j
			continue
		}
		// 1400x700, 26x1.95: a size, read as millimetres that the other name may write in any
		// form (weak)
		if bare(i+2) && toks[i+1].kind == tTimes {
			a, b := &toks[i], &toks[i+2]
			if a.value >= 10 && b.value >= 10 || strings.Contains(a.text, ".") || strings.Contains(b.text, ".") {
				for _, n := range [2]*token{a, b} {
					n.kind, n.dim, n.unit, n.weak, n.assumed = tMeasure, dimLength, "mm", true, true
				}
				i += 2
				// a third factor of a box's or a room's size (410x310x280)
				if bare(i+2) && toks[i+1].kind == tTimes && adjacent(&toks[i], &toks[i+1]) && toks[i+2].value >= 10 {
					n := &toks[i+2]
					n.kind, n.dim, n.unit, n.weak, n.assumed = tMeasure, dimLength, "mm", true, true
					i += 2
				}
			}
		}
	}
}

// joiner reports whether b joins the number a to what follows: + ~ x with or without spaces,
// - and / written tight.
func joiner(a, b *token) bool {
	switch {
	case b.kind == tPlus, b.kind == tTimes:
		return true
	case b.kind == tBreak && b.text == "~":
		return true
	case b.kind == tBreak && (b.text == "-" || b.text == "/"):
		return adjacent(a, b)
	}
	return false
}
