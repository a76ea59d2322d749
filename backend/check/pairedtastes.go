package check

import "strings"

// A word of two taste stems joined (매콤달콤, 새콤달콤, 달콤짭짤) describes how the goods taste, the
// way a title praises them: sweet and a little hot is how the plain sauce tastes, not the hot
// variant (매운맛) that 매콤 alone names. Such a word gives no flavour, so the catalogue's 매운맛
// against a seller's 매콤달콤 비빔냉면장 is a variant written by one name only, and a catalogue
// that writes no flavour against it states the same goods.

// tasteStems are the stems of the taste adjectives written in pairs (매콤하고 달콤한).
var tasteStems = [...]string{"매콤", "달콤", "새콤", "짭짤", "고소", "상큼", "달달", "쌉쌀", "칼칼", "얼큰", "짭조름"}

// tasteFirstSyls are the stems' first syllables: a word starting with none of them is no pair.
var tasteFirstSyls = sylsAt(false, tasteStems[:]...)

// pairedTastes reports whether word is two taste stems or more written together (매콤달콤).
func pairedTastes(word string) bool {
	if r, _ := hangulSyllable(word); !tasteFirstSyls.has(r) {
		return false // most words: one test instead of a prefix test per stem
	}
	n := 0
	for word != "" {
		rest, ok := word, false
		for _, s := range tasteStems {
			if strings.HasPrefix(word, s) {
				rest, ok = word[len(s):], true
				break
			}
		}
		if !ok {
			return false
		}
		word = rest
		n++
	}
	return n >= 2
}
