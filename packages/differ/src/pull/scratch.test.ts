import { it, expect } from "vitest";
import { describeModels } from "../models/describe-models";
import * as models from "../models/models.test-fixture";
import { renderModelFiles } from "./render-model-files";
import { describeRenderedModels, differEntry, temporaryModelsDir } from "./pull.test-fixture";

it("scratch", async () => {
  const d = describeModels(models);
  const tmp = temporaryModelsDir();
  const r = renderModelFiles(d, { modelsDir: tmp.dir, entryFile: "index.ts", importFrom: differEntry });
  for (const f of r.files) console.log(`--- ${f.path}\n${f.text}`);
  console.log(r.warnings);
  const back = await describeRenderedModels(r.files, `${tmp.dir}/index.ts`);
  expect(back).toStrictEqual(d);
  tmp.remove();
});
