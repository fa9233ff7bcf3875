import {
  ThreadPool
} from "./chunk-H2OTI4GB.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";
import "./chunk-AGPICMRN.js";
export {
  ThreadPool
};
