package check

// A product line word written before the model code that both names write names the line the
// code belongs to (디월트 20V MAX … DCD791N, NOCO Boost Plus GB40, AVerMedia Live Gamer Ultra 2.1
// GC553 G2): the code already says which goods they are, so a name that leaves the line word out
// names the same goods. A variant word written after a code still names an edition of the model
// (PD36R PRO, S24+), and a code one name writes alone says nothing here. A code counts when it
// has two letters and two digits or more (GB40, DCD-791N, GC553G2) and the other name writes it
// with or without separators or spaces between its parts (DCD791N / DCD-791N, GC553G2 / GC553 G2).
// Read only for variants one name writes and the other does not. A rating written so (IP68,
// KF94, HD1080) is no model code: the line word before it is still compared.

// maxCodeParts is how many tokens one code may be written in (F 026 407 157); maxCodeBytes is the
// longest code read.
const maxCodeParts, maxCodeBytes = 4, 32

// lineBeforeCode reports whether each variant of fs stands in rd before a model code that rd and
// other both write.
func (rd *reading) lineBeforeCode(fs []fact, other *reading) bool {
	for _, f := range fs {
		if !rd.sharedCodeAfter(f.sp.Start, other) {
			return false
		}
	}
	return len(fs) > 0
}

// sharedCodeAfter reports whether rd writes, after the byte pos of its name, a model code that
// other writes too.
func (rd *reading) sharedCodeAfter(pos int, other *reading) bool {
	var buf [maxCodeBytes]byte
	for i := range rd.toks {
		if rd.toks[i].sp.Start <= pos {
			continue
		}
		key := buf[:0]
		for j := i; j < len(rd.toks) && j < i+maxCodeParts && codePart(&rd.toks[j]); j++ {
			var ok bool
			if key, ok = appendCodePart(key, rd.toks[j].text); !ok {
				break
			}
			if modelCodeKey(key) && other.writesCodeKey(key) {
				return true
			}
		}
	}
	return false
}

// writesCodeKey reports whether rd writes the code key, in one token or in several written apart.
func (rd *reading) writesCodeKey(key []byte) bool {
	var buf [maxCodeBytes]byte
	for i := range rd.toks {
		k := buf[:0]
		for j := i; j < len(rd.toks) && j < i+maxCodeParts && codePart(&rd.toks[j]); j++ {
			var ok bool
			if k, ok = appendCodePart(k, rd.toks[j].text); !ok || len(k) > len(key) {
				break
			}
			if len(k) == len(key) {
				if string(k) == string(key) {
					return true
				}
				break
			}
		}
	}
	return false
}

// appendCodePart appends text to key without its separators (- . / and spaces), or reports false
// when the code would grow longer than maxCodeBytes.
func appendCodePart(key []byte, text string) ([]byte, bool) {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '-', '.', '/', ' ':
		default:
			if len(key) == maxCodeBytes {
				return key, false
			}
			key = append(key, c)
		}
	}
	return key, true
}

// modelCodeKey reports whether key has two Latin letters and two digits or more: a model code,
// not a version (V2), a size letter or a plain number.
func modelCodeKey(key []byte) bool {
	letters, digits := 0, 0
	for _, c := range key {
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return letters >= 2 && digits >= 2 && !ratingCode(key)
}

// ratingCodes are the letters of a rating or a standard written as letters and a number: a
// protection class (IP68), a mask grade (KF94), a resolution (HD1080, FHD1080). Such a code says
// what the goods meet, not which model they are: 아이폰15 프로 IP68 방수팩 and 아이폰15 IP68 방수팩
// are cases of two phones.
var ratingCodes = [...]string{"ip", "kf", "hd", "fhd", "uhd", "qhd"}

// ratingCode reports whether key is one of ratingCodes followed by digits only.
func ratingCode(key []byte) bool {
	for _, p := range ratingCodes {
		if len(key) <= len(p) || string(key[:len(p)]) != p {
			continue
		}
		digits := true
		for _, c := range key[len(p):] {
			digits = digits && c >= '0' && c <= '9'
		}
		if digits {
			return true
		}
	}
	return false
}
