package check

import "testing"

func TestModelNamedByTheWordModel(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "모델Y against Model 3", reg: "테슬라 모델Y 트렁크 매트 / 블랙", exp: "Tesla Model 3 트렁크 매트 블랙", severity: "block", kind: KindModel, r: "모델Y", e: "Model 3"},
		{name: "모델S against Model X", reg: "테슬라 모델S 충전 어댑터", exp: "Tesla Model X 충전 어댑터", severity: "block", kind: KindModel, r: "모델S", e: "Model X"},
		{name: "the same model in two scripts", reg: "테슬라 모델Y 트렁크 매트 / 블랙", exp: "Tesla Model Y 트렁크 매트 블랙"},
		{name: "a model on one side only", reg: "테슬라 모델Y 트렁크 매트 / 블랙", exp: "테슬라 트렁크 매트 블랙"},
	})
}
