package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A measure times a count of one name is the other name's measure only when the other name does
// not write that count too: 450g 2개 against 900g, 1개 is one box of two pieces, but against
// 900g, 2개 each name says what one piece weighs (450g and 900g), and the pieces are counted
// alike (2 and 2). Then the two measures are two goods' (탕수육 450g 2개 / 900g 2개). Only the
// exposed name's measure is read so: the catalogue writes what one unit holds before its count
// (4g, 20개), while a seller writes the whole (80g 20알 is twenty 4 g pieces). A catalogue
// measure marked as the whole (총 10kg, 총중량 20kg) is not one piece's: 5kg 2박스 against
// 총 10kg, 2박스 is one box.

// countedAlike reports whether the one value of rx (the registered name rd's), times a count
// factor of rd that other (the exposed name) also writes as a count, is the one value of ex.
func countedAlike(rx, ex []fact, rd, other *reading) bool {
	return countedAlikeUpTo(rx, ex, rd, other, 0)
}

// countedAlikeUpTo is countedAlike with counts of at most most pieces (any count when most is 0).
func countedAlikeUpTo(rx, ex []fact, rd, other *reading, most float64) bool {
	if len(rx) != 1 || len(ex) != 1 || rx[0].value <= 0 || len(other.counts) == 0 || writtenAsTotal(other.name, ex[0].sp) {
		return false
	}
	for _, c := range rd.counts {
		for k := 0; k < min(c.n, maxFactors); k++ {
			f := c.factors[k].value
			if f > 1 && (most == 0 || f <= most) && near(fact{value: rx[0].value * f}, fact{value: ex[0].value}) && other.countsAs(f) {
				return true
			}
		}
	}
	return false
}

// countsAs reports whether rd writes a count of v in all (2개, 2팩).
func (rd *reading) countsAs(v float64) bool {
	for _, c := range rd.counts {
		if same(c.value, v) {
			return true
		}
	}
	return false
}

// totalWords are the words that mark the measure after them as the whole (총 10kg, 총중량 20kg).
var totalWords = [...]string{"총", "총중량", "총용량", "총량"}

// writtenAsTotal reports whether the measure at sp of name is written right after a word of its
// own marking it as the whole (총 10kg, (총 1kg), 총4kg), not a word ending in 총 (물총 500ml).
func writtenAsTotal(name string, sp Span) bool {
	if sp.Start <= 0 || sp.Start > len(name) {
		return false
	}
	before := strings.TrimRight(name[:sp.Start], " (")
	for _, w := range totalWords {
		if rest, ok := strings.CutSuffix(before, w); ok {
			if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// The seller's measure is one piece's too where the product name writes it and the option
// writes it again before its count (미니약과 1kg … / 1kg x 2봉, 세럼 100ml … / 100ml 2개): the
// title names the size of the goods, so against 500g, 2개 the two names count alike (2 and 2) and
// weigh another piece, not the same whole. A measure the option alone writes (코인육수 / 80g
// 20알) may still be the seller's whole.

// titlePieceCountedAlike reports whether the exposed name's one value ex, times a count of e the
// registered name r also writes, is r's one value rx, which r writes in its product name and
// again in its option (titleRepeatsOption).
func titlePieceCountedAlike(ex, rx []fact, e, r *reading, d dim) bool {
	return r.titleRepeatsOption(d) && countedAlike(ex, rx, e, r) || countedAlikeUpTo(ex, rx, e, r, fewPieces)
}

// A seller writes the whole before a count of many small pieces (코인육수 80g 20알, 비타민 60g
// 30정), but before a count of a few bottles, bags or packs the measure is each one's (세제 / 1L
// 2개, 쌀 / 2kg 2개): against 500ml, 2개 the two names count alike and hold another piece.

// fewPieces is the largest count read as a few pieces, each holding the measure written before it.
const fewPieces = 5
