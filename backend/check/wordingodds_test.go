package check

import (
	"math"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// wordingRow is one labelled pair whose one finding is the word rule's ⚠: its model inputs and
// whether it is a mismatch.
type wordingRow struct {
	file     string
	x        [wordingFeatureCount]float64
	mismatch bool
}

// wordingRows reads every labelled table (sorted by file name, pairs in file order) with the
// model switched off.
func wordingRows(t *testing.T) []wordingRow {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testdataDir, "option_names*.tsv"))
	require.NoError(t, err)
	sort.Strings(files)
	m := Matcher{keepWording: true}
	var rows []wordingRow
	for _, f := range files {
		for _, p := range loadNameTable(t, filepath.Base(f)) {
			m.Compare(p.registered, p.exposed, p.bundle)
			if m.wordingRead {
				rows = append(rows, wordingRow{filepath.Base(f), m.wordingInputs, p.mismatch})
			}
		}
	}
	return rows
}

// trainWording is plain gradient descent on the mean logistic loss, L2 on every weight but the
// bias: how wordingWeights were made.
func trainWording(rows []wordingRow, steps int, rate, l2 float64) [wordingFeatureCount]float64 {
	var w [wordingFeatureCount]float64
	for s := 0; s < steps; s++ {
		var g [wordingFeatureCount]float64
		for _, r := range rows {
			z := 0.0
			for k := range w {
				z += w[k] * r.x[k]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if r.mismatch {
				y = 1
			}
			for k := range w {
				g[k] += (p - y) * r.x[k]
			}
		}
		for k := range w {
			reg := 0.0
			if k != wfBias {
				reg = l2 * w[k]
			}
			w[k] -= rate * (g[k]/float64(len(rows)) + reg)
		}
	}
	return w
}

// The committed weights are what training on every labelled table gives: no number is hand-set.
func TestWordingWeightsAreTrained(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on every labelled table")
	}
	rows := wordingRows(t)
	require.Greater(t, len(rows), 500)
	w := trainWording(rows, 3000, 0.5, 0.003)
	var trained [wordingFeatureCount]float64
	for k := range w {
		trained[k] = math.Round(w[k]*1000) / 1000
	}
	// a change of the rules or of the tables changes the pairs trained on: paste what the
	// failure prints into wordingWeights (and re-measure the threshold if the figures move)
	assert.Equal(t, trained, wordingWeights, "trained on %d pairs; wordingWeights should be %#v", len(rows), trained)
}

// A word only worded another way by a short catalogue name is let pass; a rival in the same slot
// (the other name writes a word of its own between shared words), a word of the option, or a
// catalogue name as long as the title still asks for a look. Names of no table.
func TestWordingOdds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a pen's kind worded otherwise beside a Latin brand", "지브라 사라사 클립 볼펜 0.5 / 검정 10개", "ZEBRA SARASA 젤펜 0.5mm 블랙, 10개", "", "", "", ""},
		{"an erasable pen worded otherwise by a catalogue name", "파이롯트 프릭션 볼펜 0.5 / 파랑 12개", "PILOT FRIXION 지워지는펜 0.5mm 블루, 12개", "", "", "", ""},
		{"a rival pen in the same slot", "파이롯트 프릭션 볼펜 0.5 / 파랑 12개", "파이롯트 프릭션 형광펜 0.5, 파랑, 12개", order.Warn, KindWord, "볼펜", "형광펜"},
		{"a tank worded otherwise beside a Latin brand", "엑소테라 유리 사육장 / 30x30x45", "Exo Terra 글라스 테라리움 30 x 30 x 45 cm, 1개", "", "", "", ""},
		{"a rival between shared words", "필립스 전동 칫솔 소닉케어 / 화이트", "필립스 수동 칫솔 소닉케어, 화이트", order.Warn, KindWord, "전동", "수동"},
		{"a rival form before the count", "농심 신라면 컵 / 6개", "농심 신라면 봉지, 6개", order.Warn, KindWord, "컵", "봉지"},
		{"a rival goods noun after a shared word", "모니터 받침대 원목 / 월넛", "모니터 암 원목, 월넛", order.Warn, KindWord, "받침대", "암"},
		{"a rival part between shared words", "자전거 안장 커버 젤 쿠션 / 블랙", "자전거 핸들 커버 젤, 블랙", order.Warn, KindWord, "안장", "핸들"},
		{"a rival mount in the title's tail", "차량용 휴대폰 거치대 송풍구 / 블랙", "차량용 휴대폰 거치대 대시보드, 블랙", order.Warn, KindWord, "송풍구", "대시보드"},
	})
}

// The model reads only words the word rule leaves over, and only when they are the one finding.
func TestWordingOddsLeavesOtherFindings(t *testing.T) {
	var m Matcher
	block := []Difference{{Kind: KindWord, Severity: order.Block}}
	assert.Len(t, m.dropLikelyWording(block, "a", "b"), 1)
	two := []Difference{{Kind: KindWord, Severity: order.Warn}, {Kind: KindColor, Severity: order.Warn}}
	assert.Len(t, m.dropLikelyWording(two, "a", "b"), 2)
	// a word one name writes against nothing in the other: every trained pair had words both sides
	reg, exp := "엑소테라 유리 사육장 / 30x30x45", "Exo Terra 글라스 테라리움 30 x 30 x 45 cm, 1개"
	alone := []Difference{{Kind: KindWord, Severity: order.Warn, Registered: "사육장", RegisteredSpans: []Span{{Start: 20, End: 29}}}}
	assert.Len(t, m.dropLikelyWording(alone, reg, exp), 1)
}
