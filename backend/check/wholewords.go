package check

// exactOnly7 are the listed metals read only as whole words (철 in 철분, 철판 and 지하철, 아연 in
// 아연산화물).
var exactOnly7 = map[string]bool{"철": true, "아연": true}
