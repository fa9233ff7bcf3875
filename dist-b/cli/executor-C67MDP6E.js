import {
  PoolExecutor,
  toOutcome
} from "./chunk-UQ2Z3E65.js";
import "./chunk-JDKBUBXU.js";
import "./chunk-G6WCJDOP.js";
import "./chunk-H2OTI4GB.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";
import "./chunk-AGPICMRN.js";
export {
  PoolExecutor,
  toOutcome
};
