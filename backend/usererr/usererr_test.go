package usererr

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKoreanThroughWrapping(t *testing.T) {
	cause := errors.New("bad page offset -1")
	err := fmt.Errorf("list: %w", New("목록 범위가 올바르지 않습니다.", cause))
	k, ok := Korean(err)
	assert.True(t, ok)
	assert.Equal(t, "목록 범위가 올바르지 않습니다.", k)
	assert.ErrorIs(t, err, cause, "the cause stays for the log")
	_, ok = Korean(cause)
	assert.False(t, ok)
}
