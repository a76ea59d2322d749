package check

import (
	"testing"

	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestRomanVersions: a Roman numeral glued to a code or written after it is one version, and Mk
// with a Roman numeral is the Mk number (names of no table).
func TestRomanVersions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"glued against apart", "캐논 캐논스캔 LiDE400II 스캐너 / 단품", "Canon CanoScan LiDE400 II 스캐너, 1개", "", "", "", ""},
		{"a hyphened code glued against apart", "후지쯔 fi-800RII 문서스캐너 / 본체", "FUJITSU fi-800R II 문서 스캐너, 1개", "", "", "", ""},
		{"MkII against Mk2", "포커스라이트 스칼렛 솔로 MkII / 단품", "Focusrite Scarlett Solo Mk2 오디오 인터페이스, 1개", "", "", "", ""},
		{"MkII against MkIII", "블랙스타 ID:Core 20 MkII 앰프 / 20W", "Blackstar ID:Core 20 MkIII 앰프 20W, 1개", order.Block, KindModel, "MkII", "MkIII"},
		{"the code without its version", "캐논 캐논스캔 LiDE400 스캐너 / 단품", "Canon CanoScan LiDE400 II 스캐너, 1개", order.Warn, KindModel, "LiDE400", "LiDE400 II"},
	})
}

// TestRomanSigs: the letters romanVersions asks for before it reads a name are few, and a name
// may write one of the words it reads exactly when it may write one of them.
func TestRomanSigs(t *testing.T) {
	all := sigsOf(append(mapKeys(mkRoman), mapKeys(romanNumerals)...)...)
	require.Len(t, romanSigs, 2) // i, and mkv's m k v
	for _, w := range append(mapKeys(mkRoman), append(mapKeys(romanNumerals), "mk", "v", "x", "i", "m", "k", "가")...) {
		s := sigOf(w)
		require.Equal(t, s.mayWriteAny(all), s.mayWriteAny(romanSigs), w)
	}
}

// A version written in digits apart after the code, against the maker's Roman numeral
// (romanversions.go readArabicVersions); names of no table.
func TestArabicVersions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"II written 2", "소니 디지털카메라 / RX100 II", "소니 RX100 2 카메라, 1개", "", "", "", ""},
		{"II written 2 after a brand", "피오 FiiO K7 II / 블랙", "FiiO K7 2 블랙, 1개", "", "", "", ""},
		{"III written 3", "캐논 파워샷 / G7X III 블랙", "캐논 G7X 3 블랙, 1개", "", "", "", ""},
		{"another version", "소니 디지털카메라 / RX100 II", "소니 RX100 3 카메라, 1개", order.Warn, KindModel, "RX100 II", "RX100"},
		{"no version", "피오 FiiO K7 II / 블랙", "FiiO K7 블랙, 1개", order.Warn, KindModel, "K7 II", "K7"},
	})
}
