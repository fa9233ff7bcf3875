import {
  Report
} from "./chunk-LQJ4KFXP.js";

// dist/model/json-schema.js
import { z } from "zod";
function reportJsonSchema() {
  return z.toJSONSchema(Report, { io: "output", unrepresentable: "any" });
}
export {
  reportJsonSchema
};
