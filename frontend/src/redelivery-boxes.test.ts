import { describe, expect, it } from "vitest";
import type { CourierChoice } from "./api";
import { boxParcels } from "./views/claims/RedeliveryBoxRows";

const couriers: CourierChoice[] = [
  { name: "CJ대한통운", naver: true, coupang: true, digits: [10, 12] },
  { name: "우체국택배", naver: true, coupang: true, digits: [13] },
];

describe("boxParcels", () => {
  it("sends the boxes without an invoice whose number was written, the first courier until one is chosen", () => {
    const boxes = [{ box: "11", courier: "CJ대한통운", number: "640012345681" }, { box: "12" }, { box: "13" }];
    expect(boxParcels(boxes, couriers, { "12": { number: "6400123499471", courier: "우체국택배" }, "11": { number: "1" } })).toEqual([
      { box: "12", courier: "우체국택배", trackingNumber: "6400123499471" },
    ]);
    expect(boxParcels(boxes, couriers, {})).toEqual([
      { box: "12", courier: "CJ대한통운", trackingNumber: "" },
      { box: "13", courier: "CJ대한통운", trackingNumber: "" },
    ]);
  });
});
