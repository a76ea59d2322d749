package check

import "strings"

// Firmness. A toothbrush, a cue tip, a resin, a mattress or a case is sold soft, medium or hard
// (소프트, 미디엄, 하드), one variant each: two names that each write a firmness, and no firmness
// in common, are other goods (칫솔 미디움 against 칫솔 소프트). Only a word standing alone is read
// (소프트쿨러, 하드디스크, 크롬소프트 are other words), and the spelled-out medium, which the
// tokeniser reads as the letter size M, counts as a firmness only beside the other name's
// firmness; a name writing a firmness the other leaves out says nothing here. 하드 after 외장 or
// before 디스크 is the hard disk (외장 하드 2TB against 외장HDD 2TB 소프트 파우치 증정).

// firmnessWords maps a firmness word as folded (or as written, for words the word rule
// respells) to its firmness.
var firmnessWords = map[string]string{
	"소프트": "soft", "soft": "soft",
	"엑스트라소프트": "extrasoft", "울트라소프트": "extrasoft", "슈퍼소프트": "extrasoft", "extrasoft": "extrasoft", "ultrasoft": "extrasoft",
	"미디엄": "medium", "미디움": "medium", "medium": "medium",
	"하드": "hard", "hard": "hard", "엑스트라하드": "extrahard", "extrahard": "extrahard",
	// the intensifiers of the soft side on the hard side too (헤어스프레이 슈퍼하드 against 하드)
	"슈퍼하드": "extrahard", "울트라하드": "extrahard", "superhard": "extrahard", "ultrahard": "extrahard",
}

// firmnessSigs are the signatures of the firmness words as a name may write them.
var firmnessSigs = sigSetOf("소프트", "soft", "Soft", "SOFT", "미디엄", "미디움", "medium", "Medium", "MEDIUM", "하드", "hard", "Hard", "HARD")

// compareFirmness blocks two names that each write a firmness and none in common.
func compareFirmness(r, e *reading, diffs []Difference) []Difference {
	if !r.says.mayWriteSome(&firmnessSigs) || !e.says.mayWriteSome(&firmnessSigs) {
		return diffs
	}
	var rb, eb [4]fact
	rf, ef := r.firmnesses(rb[:0], e), e.firmnesses(eb[:0], r)
	if len(rf) == 0 || len(ef) == 0 {
		return diffs
	}
	for i := range rf {
		for j := range ef {
			if rf[i].key == ef[j].key {
				return diffs
			}
		}
	}
	return append(diffs, difference(KindFirmness, nil, nil, rf, ef))
}

// firmnesses appends the firmness words rd writes alone to fs; a spelled-out medium is the size
// M where other writes the letter M (하드 이동장 / M against 이동장 하드케이스 미디움).
func (rd *reading) firmnesses(fs []fact, other *reading) []fact {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord && t.kind != tSize {
			continue
		}
		f, ok := firmnessWords[t.text]
		if !ok {
			f, ok = firmnessWords[t.raw]
		}
		if ok && (f != "medium" || !other.writesLetterM()) && (f != "hard" || !rd.hardDisk(i)) {
			sp := t.sp
			if f == "hard" || f == "soft" {
				if s, ok := rd.intensifiedAt(i); ok {
					f, sp = "extra"+f, Span{Start: s, End: t.sp.End}
				}
			}
			fs = addFact(fs, f, 0, rd.name, sp)
		}
	}
	return fs
}

// firmnessIntensifiers make the firmness right after them its extreme, written apart (슈퍼 하드 is
// 슈퍼하드, 울트라 소프트 is 울트라소프트).
var firmnessIntensifiers = map[string]bool{"슈퍼": true, "울트라": true, "엑스트라": true, "super": true, "ultra": true, "extra": true}

// intensifiedAt reports whether the firmness word at rd.toks[i] follows an intensifier written
// apart (헤어젤 슈퍼 하드), and where the intensifier starts.
func (rd *reading) intensifiedAt(i int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	p := &rd.toks[i-1]
	if p.kind != tWord || !firmnessIntensifiers[strings.ToLower(p.text)] {
		return 0, false
	}
	return p.sp.Start, true
}

// hardDisk reports whether the 하드 at rd.toks[i] is a hard disk: right after 외장 (외장 하드 2TB)
// or right before 디스크 or 드라이브 (하드 디스크).
func (rd *reading) hardDisk(i int) bool {
	if i > 0 && rd.toks[i-1].kind == tWord && rd.toks[i-1].text == "외장" {
		return true
	}
	if i+1 < len(rd.toks) {
		switch rd.toks[i+1].text {
		case "디스크", "드라이브", "disk", "drive":
			return true
		}
	}
	return false
}

// writesLetterM reports whether rd writes the letter size M as a letter.
func (rd *reading) writesLetterM() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tSize && t.text == "m" {
			return true
		}
	}
	return false
}
