package naver

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDigitalFactsOf(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "naver", "query_response.json"))
	require.NoError(t, err)
	var answer struct {
		Data []ProductOrderDetail `json:"data"`
	}
	require.NoError(t, json.Unmarshal(body, &answer))
	require.NotEmpty(t, answer.Data)
	f, err := DigitalFactsOf(answer.Data[0].Raw)
	require.NoError(t, err)
	assert.Equal(t, DigitalFacts{OrdererID: "kimm****", ExpectedDeliveryMethod: "DELIVERY"}, f)

	f, err = DigitalFactsOf(json.RawMessage(`{"order":{"ordererId":"buyer_01"},"productOrder":{"expectedDeliveryMethod":"NOTHING"},"delivery":{"deliveryMethod":"NOTHING"}}`))
	require.NoError(t, err)
	assert.Equal(t, DigitalFacts{OrdererID: "buyer_01", ExpectedDeliveryMethod: DeliveryNothing, DeliveryMethod: DeliveryNothing}, f)

	_, err = DigitalFactsOf(json.RawMessage(`[1,2]`))
	assert.Error(t, err)
}
