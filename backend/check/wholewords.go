package check

// exactOnlyShortWords are listed words that are read only as whole words: inside a longer word they are
// something else (우 in 우유 and 한우, 좌 in 좌석, 동 in 동물, 봉 in 봉지, 별 in 특별, 면 in 라면,
// 팥 in 팥빙수 is still 팥, but 단팥빵 a bread).
var exactOnlyShortWords = map[string]bool{
	"좌": true, "우": true, "동": true, "봉": true, "별": true, "면": true, "lh": true, "rh": true, "ash": true,
	"fig": true, "pu": true, "pine": true, "팥": true, "막대": true, "원통": true, "하트": true, "스타": true, "네모": true, "자작": true, "오동": true,
	"로제": true, "종이": true, "고무": true, "펄": true, "반짝이": true, "both": true, "굴": true, "게": true,
}

// exactEntry reports whether a listed word is read only as a whole word.
func exactEntry(w string) bool {
	return exactOnly[w] || exactOnlyShortWords[w] || exactOnlyMetals[w] || exactOnlyExclusive[w] || exactOnlyRegisterWords[w] || exactOnlyRivalWords[w] || exactOnlyColourNames[w]
}

// exactOnlyMetals are the listed metals read only as whole words (철 in 철분, 철판 and 지하철,
// 아연 in 아연산화물).
var exactOnlyMetals = map[string]bool{"철": true, "아연": true}
