package check

// Script-independent comparison of words. A brand or product word is often written in Latin
// letters on one side and in Hangul on the other (DEWALT / 디월트, Vertuo Pop / 버츄오 팝,
// Midnight / 미드나이트), or in two Hangul spellings (미드나잇 / 미드나이트, 쌤소나이트 /
// 샘소나이트). Both scripts are reduced to one sound key, deterministically: consonants to classes
// by how Korean writes English sounds, each run of vowels to one V, the vowel ㅡ that Korean adds
// between consonants (스, 트, 프) and silent letters (final e, gh, r before a consonant) left out.
// Two keys are compared by an edit distance in which near sounds (t/ch, s/j) and vowels cost
// half. The curated lexicon covers what sound cannot know (베개 / 필로우, 녹차 / 그린티).

// Sound classes.
const (
	sK = 'K' // ㄱ ㅋ ㄲ; c k q g ck
	sT = 'T' // ㄷ ㅌ ㄸ, final ㅅ; d t
	sP = 'P' // ㅂ ㅍ ㅃ; b p f v ph
	sS = 'S' // ㅅ ㅆ; s c(e) sh th
	sJ = 'J' // ㅈ ㅊ ㅉ; j z ch tch
	sL = 'L' // ㄹ; l r
	sM = 'M'
	sN = 'N'
	sQ = 'Q' // final ㅇ; ng nk
	sH = 'H'
	sV = 'V' // a vowel or a run of vowels
)

// maxSoundKey bounds a key; longer words are not compared by sound.
const maxSoundKey = 40

type soundKey struct {
	b [maxSoundKey]byte
	n int
}

func (k *soundKey) add(c byte) {
	if k.n > 0 && k.b[k.n-1] == c || k.n >= maxSoundKey {
		return
	}
	k.b[k.n] = c
	k.n++
}

func (k *soundKey) key() []byte {
	n := k.n
	if n > 1 && k.b[n-1] == sV { // a final vowel: Korean's added one (스위치) or English's silent e
		n--
	}
	return k.b[:n]
}

func latinVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// latinSound reads a lower-case Latin word; other characters are skipped.
func latinSound(k *soundKey, w string) {
	at := func(i int) byte {
		if i >= 0 && i < len(w) {
			return w[i]
		}
		return 0
	}
	for i := 0; i < len(w); i++ {
		c, next := w[i], at(i+1)
		switch {
		case latinVowel(c):
			if c == 'e' && wordEnd(w, i+1) && i > 0 && !latinVowel(at(i-1)) {
				continue // silent final e (of a word, or of a part before a hyphen: gore-tex)
			}
			k.add(sV)
		case c == 'y':
			if i == 0 && latinVowel(next) {
				continue
			}
			k.add(sV)
		case c == 'w':
			// a glide before a vowel (walt, switch), part of the vowel after one (snow)
		case c == 'h':
			if i == 0 || latinVowel(at(i-1)) && latinVowel(next) {
				k.add(sH)
			}
		case c == 'c':
			switch {
			case next == 'h':
				k.add(sJ)
				i++
			case next == 'k':
				k.add(sK)
				i++
			case next == 'e' || next == 'i' || next == 'y':
				k.add(sS)
			default:
				k.add(sK)
			}
		case c == 's':
			k.add(sS)
			if next == 'h' {
				i++
			}
		case c == 't':
			switch {
			case next == 'h':
				k.add(sS)
				i++
			case next == 'c' && at(i+2) == 'h':
				k.add(sJ)
				i += 2
			case next == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				k.add(sS) // -tion, -tial
			case next == 's' && i+2 == len(w):
				k.add(sJ) // sports: 스포츠
				i++
			default:
				k.add(sT)
			}
		case c == 'p':
			k.add(sP)
			if next == 'h' {
				i++
			}
		case c == 'g':
			if next == 'h' {
				i++ // night: silent gh
				continue
			}
			if at(i-1) == 'd' && next == 'e' {
				k.add(sJ) // edge, bridge: 엣지, 브리지
				continue
			}
			k.add(sK)
		case c == 'n':
			if next == 'g' || next == 'k' {
				k.add(sQ)
				if next == 'g' && !latinVowel(at(i+2)) {
					i++
				}
				continue
			}
			k.add(sN)
		case c == 'q':
			k.add(sK)
			if next == 'u' {
				i++
			}
		case c == 'x':
			k.add(sK)
			k.add(sS)
		case c == 'j' || c == 'z':
			k.add(sJ)
		case c == 'b':
			if i == len(w)-1 && at(i-1) == 'm' {
				continue // lomb
			}
			k.add(sP)
		case c == 'v' || c == 'f':
			k.add(sP)
		case c == 'd':
			k.add(sT)
		case c == 'k':
			k.add(sK)
		case c == 'l':
			k.add(sL)
		case c == 'r':
			prev := at(i - 1)
			if latinVowel(prev) && next == 'e' && wordEnd(w, i+2) {
				continue // core, gore, care: 코어, 고어, 케어
			}
			if latinVowel(next) || next == 'y' || prev != 0 && !latinVowel(prev) && prev != 'r' {
				k.add(sL) // 레, 프레, but the r of vertuo, park and tourister is silent
			}
		case c == 'm':
			k.add(sM)
		}
	}
}

// wordEnd reports whether i ends a word of w: its end, or a hyphen.
func wordEnd(w string, i int) bool { return i >= len(w) || w[i] == '-' }

// Hangul consonants by position: initials (19), finals (28, the first none).
var (
	initialSound = [19]byte{sK, sK, sN, sT, sT, sL, sM, sP, sP, sS, sS, 0, sJ, sJ, sJ, sK, sT, sP, sH}
	finalSound   = [28]byte{0, sK, sK, sK, sN, sN, sN, sT, sL, sL, sL, sL, sL, sL, sL, sL, sM, sP, sP, sT, sT, sQ, sJ, sJ, sK, sT, sP, 0}
)

// hangulSound reads a Hangul word; other characters are skipped.
func hangulSound(k *soundKey, w string) {
	for len(w) > 0 {
		r, n := hangulSyllable(w) // decoded inline: the range loop's decoder calls out for each
		if n == 0 {
			_, n = decodeRune(w)
			w = w[n:]
			continue
		}
		w = w[3:]
		s := int(r - 0xAC00)
		ini, med, fin := s/588, s%588/28, s%28
		if c := initialSound[ini]; c != 0 {
			k.add(c)
		}
		if med != 18 { // ㅡ: the vowel Korean adds between consonants
			k.add(sV)
		}
		if c := finalSound[fin]; c != 0 {
			k.add(c)
			if fin == 4 || fin == 8 { // 론, 말: a final ㄴ/ㄹ before the same initial is one sound
				continue
			}
		}
	}
}

// soundOf reads w in whichever script it is written.
func soundOf(k *soundKey, w string) {
	k.n = 0
	appendSound(k, w)
}

// appendSound reads w after what k holds: two words written as one.
func appendSound(k *soundKey, w string) {
	if w != "" && w[0] < 0x80 {
		latinSound(k, w)
		return
	}
	hangulSound(k, w)
}

// near sound pairs cost half a change.
func nearSound(a, b byte) bool {
	if a > b {
		a, b = b, a
	}
	switch {
	case a == sJ && (b == sT || b == sS || b == sK):
		return true
	case a == sS && b == sT:
		return true
	}
	return false
}

// consonants counts the consonant classes of a key.
func consonants(k []byte) int {
	n := 0
	for _, c := range k {
		if c != sV {
			n++
		}
	}
	return n
}

// soundsAlike reports whether two keys are one word: the longer the word, the more it may be
// written differently. Words of fewer than two consonants are never matched by sound.
func soundsAlike(a, b []byte) bool {
	return keysAlike(a, b, 3, 6)
}

// keysAlike reports whether two sound keys that start with one sound (or two near ones) and have
// two consonants or more are within an edit distance that grows with their length: half a sound
// below mid consonants, one from mid, one and a half from high.
func keysAlike(a, b []byte, mid, high int) bool {
	// a word starts with its own sound (OLED is no 라이트): tested first, as most keys differ there
	if len(a) == 0 || len(b) == 0 || a[0] != b[0] && !nearSound(a[0], b[0]) {
		return false
	}
	c := min(consonants(a), consonants(b))
	if c < 2 {
		return false
	}
	limit := 0.5
	switch {
	case c >= high:
		limit = 1.5
	case c >= mid:
		limit = 1
	}
	return soundWithin(a, b, limit)
}

// soundIndel is what adding or dropping the sound c costs: half for a vowel or h, one otherwise.
func soundIndel(c byte) float64 {
	if c == sV || c == sH {
		return 0.5
	}
	return 1
}

// soundSubst is what changing sound x into y costs: nothing for the same sound, half for a near
// one, one otherwise.
func soundSubst(x, y byte) float64 {
	switch {
	case x == y:
		return 0
	case nearSound(x, y):
		return 0.5
	}
	return 1
}

// soundWithin reports whether the edit distance of two keys (soundIndel, soundSubst) is at most
// limit (TestSoundWithinAgrees holds it to the full table, soundDistance), without finishing the
// table when it cannot be: every change costs at least half (so the lengths alone may rule it out), and no
// row of the table goes below the least cell of the row before it.
func soundWithin(a, b []byte, limit float64) bool {
	if len(a) > maxSoundKey || len(b) > maxSoundKey {
		return false // too long to be one word
	}
	if d := len(a) - len(b); float64(max(d, -d))*0.5 > limit {
		return false
	}
	// Only the cells within band of the diagonal can stay within limit (every change costs at
	// least half): the others are left out, as out of reach.
	const outOfReach = 1e9
	band := int(limit * 2)
	var rows [2][maxSoundKey + 1]float64
	prev, cur := &rows[0], &rows[1]
	prev[0] = 0
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + soundIndel(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + soundIndel(a[i-1])
		least := cur[0]
		lo, hi := max(1, i-band), min(len(b), i+band)
		if lo > 1 {
			cur[lo-1] = outOfReach
		}
		if hi == i+band && i > 1 { // the row before reached hi-1 at most
			prev[hi] = outOfReach
		}
		for j := lo; j <= hi; j++ {
			cur[j] = min(prev[j-1]+soundSubst(a[i-1], b[j-1]), prev[j]+soundIndel(a[i-1]), cur[j-1]+soundIndel(b[j-1]))
			least = min(least, cur[j])
		}
		if least > limit {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= limit
}
