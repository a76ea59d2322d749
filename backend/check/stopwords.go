package check

// stopWords7 are words that relate the goods to another thing without naming them, like 교체용
// (교체 필터 is the filter a device takes).
var stopWords7 = []string{"교체", "교환용"}
