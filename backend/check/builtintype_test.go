package check

import "testing"

// A part written before 내장 apart names the type with that part built in, as 내장형 does (경보기
// 내장 is the 경보기 내장형 type), so against the standard type it asks for a look; on names of
// no table. Names that both write the part, or the built-in type written whole, pass.
func TestBuiltInPartAgainstStandardType(t *testing.T) {
	runNameCases(t, []nameCase{
		{"alarm built in against the basic lock", "핸들락 에어백 보호형 / 경보기 내장", "핸들락 에어백 보호형 기본형", "warn", "variety", "경보기 내장", "기본형"},
		{"GPS built in against the basic dashcam", "차량용 블랙박스 / GPS 내장", "차량용 블랙박스 기본형", "warn", "variety", "GPS 내장", "기본형"},
		{"cable built in against the basic power bank", "보조배터리 / 케이블 내장", "보조배터리 기본형", "warn", "variety", "케이블 내장", "기본형"},
		{"both write the built-in part", "핸들락 기본형 / 경보기 내장", "핸들락 경보기 내장 기본형", "", "", "", ""},
		{"the built-in type written whole", "핸들락 / 경보기 내장", "핸들락 경보기 내장형", "", "", "", ""},
		{"a built-in light of both mirrors", "LED 내장 거울 / 기본형", "LED 내장 거울 기본형", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"핸들락 에어백 보호형 / 경보기 내장", "핸들락 에어백 보호형 기본형", "종류 경보기 내장 ↔ 기본형"},
	})
}
