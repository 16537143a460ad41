<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CandidateMapLayer</name>
    <message>
        <source>Candidate reserves</source>
        <translation>候选保护区</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
</context>
<context>
    <name>CorridorMapLayer</name>
    <message>
        <source>Corridors</source>
        <translation>廊道</translation>
    </message>
    <message>
        <source>the reserve</source>
        <translation>保护区</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a corridor between two places: %1 and %2 (the reserve or a candidate&apos;s name)</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Mean width</source>
        <translation>平均宽度</translation>
    </message>
    <message>
        <source>Corridor area</source>
        <translation>廊道面积</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message numerus="yes">
        <source>Least-cost corridors: %n link(s) computed</source>
        <translation>
            <numerusform>最小成本廊道：已计算 %n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn</source>
        <translation>
            <numerusform>已绘制 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>unrecognised file format</source>
        <translation>无法识别的文件格式</translation>
    </message>
    <message>
        <source>no coordinate reference system</source>
        <translation>缺少坐标参考系</translation>
    </message>
    <message>
        <source>not georeferenced</source>
        <translation>没有地理配准</translation>
    </message>
    <message>
        <source>empty layer</source>
        <translation>空图层</translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation>没有该图层</translation>
    </message>
    <message>
        <source>no such field</source>
        <translation>没有该字段</translation>
    </message>
    <message>
        <source>reprojection failed</source>
        <translation>重投影失败</translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>无效几何</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>无效输入</translation>
    </message>
    <message>
        <source>invalid model configuration</source>
        <translation>无效的模型配置</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>cannot connect to the database</source>
        <translation>无法连接到数据库</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>someone else changed it meanwhile</source>
        <translation>在此期间已被他人修改</translation>
    </message>
</context>
<context>
    <name>LayoutTexts</name>
    <message>
        <source>Candidate reserves for the Amur leopard</source>
        <translation>东北豹候选保护区</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Candidate reserves: area, cost and leopards</source>
        <translation>候选保护区：面积、成本和豹数</translation>
    </message>
    <message>
        <source>Top-ranked parcels</source>
        <translation>排名靠前的地块</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>英里</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域位置图</translation>
    </message>
    <message>
        <source>Map area</source>
        <translation>本图范围</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>Area, km²</source>
        <translation>面积，km²</translation>
    </message>
    <message>
        <source>Area, sq mi</source>
        <translation>面积，sq mi</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>成本，USD</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>豹数</translation>
    </message>
    <message>
        <source>Range (min–max)</source>
        <translation>范围（最小–最大）</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Leopards added</source>
        <translation>新增豹数</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The letter on a map&apos;s north arrow.</extracomment>
        <translation>北</translation>
    </message>
    <message>
        <source>Forest canopy cover</source>
        <translation>森林郁闭度</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>森林郁闭度（%）</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <source>Land parcels</source>
        <translation>土地地块</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>现有保护区</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>保护区</translation>
    </message>
    <message>
        <source>With reserve</source>
        <translation>含保护区</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>The legend&apos;s line for least-cost corridors between the reserve and the candidates.</extracomment>
        <translation>廊道</translation>
    </message>
    <message>
        <source>Corridor cost, km</source>
        <extracomment>Least accumulated cost of the corridor to the reserve, in km through full forest.</extracomment>
        <translation>廊道成本（公里）</translation>
    </message>
    <message>
        <source>Corridor length, km</source>
        <translation>廊道长度（公里）</translation>
    </message>
    <message>
        <source>Corridor width, km</source>
        <extracomment>Mean width of the corridor to the reserve.</extracomment>
        <translation>廊道宽度（公里）</translation>
    </message>
    <message>
        <source>touches</source>
        <extracomment>A table cell: the candidate touches the reserve, no corridor is needed.</extracomment>
        <translation>相邻</translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>A table cell: no path from the reserve reaches the candidate.</extracomment>
        <translation>不可达</translation>
    </message>
    <message>
        <source>Chosen in %1 of %2 scenarios</source>
        <translation>在 %2 个情景中的 %1 个中被选中</translation>
    </message>
    <message>
        <source>Chosen in %1 to %2 of %3 scenarios</source>
        <translation>在 %3 个情景中的 %1 至 %2 个中被选中</translation>
    </message>
</context>
<context>
    <name>MapLayer</name>
    <message>
        <source>File: %1
CRS: %2 (%3)</source>
        <translation>文件：%1
坐标系：%2（%3）</translation>
    </message>
</context>
<context>
    <name>MarxanCandidate</name>
    <message>
        <source>%1: the solution selects no planning unit</source>
        <translation>%1：该解未选中任何规划单元</translation>
    </message>
    <message>
        <source>Marxan %1</source>
        <translation>Marxan %1</translation>
    </message>
    <message>
        <source>New candidate from a Marxan solution</source>
        <translation>由 Marxan 解新建候选方案</translation>
    </message>
</context>
<context>
    <name>PatchMapLayer</name>
    <message>
        <source>Habitat patches</source>
        <translation>栖息地斑块</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>斑块 %1</translation>
    </message>
    <message>
        <source>Habitat area</source>
        <translation>栖息地面积</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>豹数</translation>
    </message>
    <message>
        <source>Leopard-equivalents</source>
        <translation>豹当量</translation>
    </message>
    <message>
        <source>Large enough for a territory</source>
        <translation>足以容纳一块领地</translation>
    </message>
    <message>
        <source>no (under %1 km²)</source>
        <translation>否（小于 %1 km²）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Habitat patch (room for a territory)</source>
        <translation>栖息地斑块（可容纳一块领地）</translation>
    </message>
    <message>
        <source>Patch too small for one territory</source>
        <translation>斑块过小，不足以容纳一块领地</translation>
    </message>
    <message>
        <source>Habitat patches of the active candidate: none</source>
        <translation>当前候选方案的栖息地斑块：无</translation>
    </message>
    <message>
        <source>Habitat patches of the active candidate: %1, of which %2 too small for one territory (under %3 km²)</source>
        <translation>当前候选方案的栖息地斑块：%1 个，其中 %2 个过小，不足以容纳一块领地（小于 %3 km²）</translation>
    </message>
</context>
<context>
    <name>RasterMapLayer</name>
    <message>
        <source>Pixel %1, %2</source>
        <translation>像元 %1, %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>波段 %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 band(s) of %4</source>
        <translation>%1 × %2 像元，%3 个 %4 波段</translation>
    </message>
    <message>
        <source>Reprojected on the fly to the map CRS</source>
        <translation>实时重投影到地图坐标系</translation>
    </message>
</context>
<context>
    <name>RobustnessMapLayer</name>
    <message>
        <source>Robustness</source>
        <translation>稳健性</translation>
    </message>
    <message>
        <source>Chosen in %1 of %2 scenarios</source>
        <translation>在 %2 个情景中的 %1 个中被选中</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>地块 %1</translation>
    </message>
    <message>
        <source>In the budget optimum</source>
        <translation>在预算最优解中</translation>
    </message>
    <message>
        <source>Parcels by the share of %1 scenarios whose budget optimum buys them: %2 in every one, %3 in at least one</source>
        <translation>按 %1 个情景中预算最优解购买该地块的比例着色：%2 个在所有情景中，%3 个至少在一个情景中</translation>
    </message>
</context>
<context>
    <name>SampleRegion</name>
    <message>
        <source>Generating the sample region…</source>
        <translation>正在生成示例区域…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample region</source>
        <translation>示例区域</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>森林郁闭度（%）</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>保护区</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>VectorMapLayer</name>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message numerus="yes">
        <source>Layer &apos;%1&apos;, %n feature(s)</source>
        <translation>
            <numerusform>图层“%1”，%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>habitat-cli</name>
    <message>
        <source>Describe a raster or vector file: format, CRS, extent, bands or fields</source>
        <translation>描述栅格或矢量文件：格式、坐标系、范围、波段或字段</translation>
    </message>
    <message>
        <source>Write the bundled sample region (south-west Primorsky Krai) to a folder</source>
        <translation>将内置示例区域（滨海边疆区西南部）写入文件夹</translation>
    </message>
    <message>
        <source>Describe a raster or vector file.</source>
        <translation>描述栅格或矢量文件。</translation>
    </message>
    <message>
        <source>File GDAL can read</source>
        <translation>GDAL 可读取的文件</translation>
    </message>
    <message>
        <source>Write the sample region to a folder.</source>
        <translation>将示例区域写入文件夹。</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <source>habitat-cli sample: --out DIR is required</source>
        <translation>habitat-cli sample：需要 --out 目录</translation>
    </message>
    <message>
        <source>habitat-cli sample: --seed must be a whole number</source>
        <translation>habitat-cli sample：--seed 必须是整数</translation>
    </message>
    <message>
        <source>Usage: habitat-cli &lt;command&gt; [options]</source>
        <translation>用法：habitat-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;habitat-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行“habitat-cli &lt;命令&gt; --help”查看命令选项。</translation>
    </message>
    <message>
        <source>habitat-cli: unknown command &apos;%1&apos;</source>
        <translation>habitat-cli：未知命令“%1”</translation>
    </message>
    <message>
        <source>habitat-cli capacity: warning: %1: %2</source>
        <translation>habitat-cli capacity：警告：%1：%2</translation>
    </message>
    <message>
        <source>How many Amur leopards each parcel can hold (docs/MODEL.md). One row per parcel, evaluated on its own.</source>
        <translation>每个地块能容纳多少只东北豹（docs/MODEL.md）。每个地块一行，单独评估。</translation>
    </message>
    <message>
        <source>Forest canopy cover raster, 0-100 %</source>
        <translation>森林郁闭度栅格，0–100 %</translation>
    </message>
    <message>
        <source>River basin polygons: habitat lies only inside them</source>
        <translation>流域多边形：栖息地只在其内部</translation>
    </message>
    <message>
        <source>Parcel polygons</source>
        <translation>地块多边形</translation>
    </message>
    <message>
        <source>Existing reserve polygons: adds a row with id &apos;reserve&apos;</source>
        <translation>现有保护区多边形：增加一行，id 为“reserve”</translation>
    </message>
    <message>
        <source>Model configuration (JSON); defaults when left out</source>
        <translation>模型配置（JSON）；省略时使用默认值</translation>
    </message>
    <message>
        <source>Parcel field for the id column (default parcel_id, else the feature id)</source>
        <translation>用作 id 列的地块字段（默认 parcel_id，否则为要素 id）</translation>
    </message>
    <message>
        <source>Output: .csv, .json, or .gpkg (the parcels with the result columns)</source>
        <translation>输出：.csv、.json 或 .gpkg（带结果列的地块）</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core)</source>
        <translation>工作线程数（默认每核一个）</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>在 stderr 上报告进度</translation>
    </message>
    <message>
        <source>Project (.hplan): its forest, basins, parcels, reserve and model</source>
        <translation>项目（.hplan）：其森林、流域、地块、保护区和模型</translation>
    </message>
    <message>
        <source>With --project: one row per candidate reserve (id = its name), then the reserve alone</source>
        <translation>配合 --project：每个候选保护区一行（id 为其名称），最后是现有保护区本身</translation>
    </message>
    <message>
        <source>With --project: forest version N (0 = the original) or &apos;latest&apos; (default: the active one)</source>
        <translation>配合 --project：森林版本 N（0 为原始版本）或“latest”（默认为当前版本）</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates and --forest-version need --project</source>
        <translation>habitat-cli capacity：--candidates 和 --forest-version 需要 --project</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --%1 is required</source>
        <translation>habitat-cli capacity：需要 --%1</translation>
    </message>
    <message>
        <source>habitat-cli capacity: %1: the output must end in .csv, .json or .gpkg</source>
        <translation>habitat-cli capacity：%1：输出文件必须以 .csv、.json 或 .gpkg 结尾</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --threads must be a whole number from 1</source>
        <translation>habitat-cli capacity：--threads 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --forest-version takes a version number or &apos;latest&apos;</source>
        <translation>habitat-cli capacity：--forest-version 取版本号或“latest”</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates writes .csv or .json</source>
        <translation>habitat-cli capacity：--candidates 只能写 .csv 或 .json</translation>
    </message>
    <message>
        <source>Solve a Marxan problem (input.dat) exactly with CBC: output_best.csv, output_sum.csv, summary.json</source>
        <translation>用 CBC 精确求解 Marxan 问题（input.dat）：output_best.csv、output_sum.csv、summary.json</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version of a project</source>
        <translation>将卫星影像导入为项目的新森林覆盖版本</translation>
    </message>
    <message>
        <source>How many leopards each parcel can hold: CSV, JSON or GeoPackage with area, habitat, patches and leopards</source>
        <translation>每个地块能容纳多少只豹：含面积、栖息地、斑块和豹数的 CSV、JSON 或 GeoPackage</translation>
    </message>
    <message>
        <source>Write a parcel layer as Marxan input files (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</source>
        <translation>将地块图层写成 Marxan 输入文件（input.dat、pu.dat、spec.dat、puvspr.dat、bound.dat）</translation>
    </message>
    <message>
        <source>Parcel polygons (projected CRS)</source>
        <translation>地块多边形（投影坐标系）</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id)</source>
        <translation>地块 id 字段（默认 parcel_id）</translation>
    </message>
    <message>
        <source>Cost field (default price_usd)</source>
        <translation>成本字段（默认 price_usd）</translation>
    </message>
    <message>
        <source>Numeric field to use as a conservation feature (repeatable)</source>
        <translation>用作保护对象的数值字段（可重复）</translation>
    </message>
    <message>
        <source>Target as a proportion of each feature&apos;s total (default 0.3)</source>
        <translation>目标占各保护对象总量的比例（默认 0.3）</translation>
    </message>
    <message>
        <source>Boundary length modifier, cost per km (default 0)</source>
        <translation>边界长度修正系数，每公里成本（默认 0）</translation>
    </message>
    <message>
        <source>Parcel ids locked in (status 2)</source>
        <translation>锁定纳入的地块 id（状态 2）</translation>
    </message>
    <message>
        <source>Parcel ids locked out (status 3)</source>
        <translation>锁定排除的地块 id（状态 3）</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --parcels FILE, --feature-field NAME and --out DIR are required</source>
        <translation>habitat-cli marxan-export：需要 --parcels 文件、--feature-field 名称和 --out 目录</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --target-prop must lie in (0, 1]</source>
        <translation>habitat-cli marxan-export：--target-prop 必须在 (0, 1] 内</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-export：--blm 必须是 &gt;= 0 的数</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: warning: %1</source>
        <translation>habitat-cli marxan-export：警告：%1</translation>
    </message>
    <message>
        <source>%1 planning units, %2 features, %3 boundary rows</source>
        <translation>%1 个规划单元，%2 个保护对象，%3 行边界</translation>
    </message>
    <message>
        <source>Solve a Marxan problem exactly: least cost plus BLM x boundary with every feature&apos;s target met.</source>
        <translation>精确求解 Marxan 问题：在满足所有保护对象目标的前提下，使成本加 BLM × 边界最小。</translation>
    </message>
    <message>
        <source>Marxan input.dat naming pu.dat, spec.dat, puvspr.dat and bound.dat</source>
        <translation>指向 pu.dat、spec.dat、puvspr.dat 和 bound.dat 的 Marxan input.dat</translation>
    </message>
    <message>
        <source>Output folder (default: OUTPUTDIR of input.dat)</source>
        <translation>输出文件夹（默认为 input.dat 的 OUTPUTDIR）</translation>
    </message>
    <message>
        <source>Time limit in seconds (default 60)</source>
        <translation>时间限制，秒（默认 60）</translation>
    </message>
    <message>
        <source>Stop once proven within this relative gap (default 0.0001 = 0.01 %)</source>
        <translation>证明相对间隙不超过此值时停止（默认 0.0001 = 0.01 %）</translation>
    </message>
    <message>
        <source>Boundary length modifier, overriding BLM of input.dat</source>
        <translation>边界长度修正系数，覆盖 input.dat 中的 BLM</translation>
    </message>
    <message>
        <source>Solver random seed (default 1)</source>
        <translation>求解器随机种子（默认 1）</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: exactly one input.dat is required</source>
        <translation>habitat-cli marxan-solve：需要且只需要一个 input.dat</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --time-limit must be a positive number of seconds</source>
        <translation>habitat-cli marxan-solve：--time-limit 必须是正的秒数</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --gap must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve：--gap 必须是 &gt;= 0 的数</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --seed must be a whole number &gt;= 0</source>
        <translation>habitat-cli marxan-solve：--seed 必须是 &gt;= 0 的整数</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve：--blm 必须是 &gt;= 0 的数</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: warning: %1</source>
        <translation>habitat-cli marxan-solve：警告：%1</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: %1: no solution found within %2 s (%3)</source>
        <translation>habitat-cli marxan-solve：%1：%2 秒内未找到解（%3）</translation>
    </message>
    <message>
        <source>score %1  cost %2  boundary %3  units %4 of %5  targets met %6 of %7</source>
        <translation>得分 %1  成本 %2  边界 %3  单元 %4/%5  达成目标 %6/%7</translation>
    </message>
    <message>
        <source>proven gap %1 %  (%2, %3 s, %4 nodes)</source>
        <translation>已证明间隙 %1 %（%2，%3 秒，%4 个节点）</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after, and the change map</source>
        <translation>比较项目的两个森林版本：前后承载量及变化图</translation>
    </message>
    <message>
        <source>Rank parcels for acquisition: greedy order by leopards per dollar and the best set within a budget</source>
        <translation>对地块进行收购排序：按每美元增加的豹数贪心排序，并给出预算内的最优组合</translation>
    </message>
    <message>
        <source>Import a Marxan solution (output_best, output_ssoln) as a project candidate or a parcel column</source>
        <translation>将 Marxan 解（output_best、output_ssoln）导入为项目候选方案或地块列</translation>
    </message>
    <message>
        <source>A project&apos;s candidates (and parcels with their capacity) as GeoPackage, Shapefile, GeoJSON, KML or CSV</source>
        <translation>将项目的候选方案（及地块及其承载量）导出为 GeoPackage、Shapefile、GeoJSON、KML 或 CSV</translation>
    </message>
    <message>
        <source>A project&apos;s map as a printed page in the reader&apos;s language: PDF, SVG or PNG</source>
        <translation>将项目地图导出为读者语言的打印页面：PDF、SVG 或 PNG</translation>
    </message>
    <message>
        <source>A project&apos;s map as one printed page: title, map, legend, scale bars, north arrow, graticule, locator, the candidates&apos; figures; PDF, SVG or PNG.</source>
        <translation>将项目地图导出为单张打印页面：标题、地图、图例、比例尺、指北针、经纬网、位置图及候选方案数据；PDF、SVG 或 PNG。</translation>
    </message>
    <message>
        <source>Project (.hplan)</source>
        <translation>项目（.hplan）</translation>
    </message>
    <message>
        <source>Fit the map to this candidate (default: the project&apos;s view)</source>
        <translation>将地图缩放至该候选方案（默认：项目视图）</translation>
    </message>
    <message>
        <source>Output: .pdf, .svg or .png (the page), or .tif (the map alone, georeferenced)</source>
        <translation>输出：.pdf、.svg 或 .png（页面），或 .tif（仅地图，带地理配准）</translation>
    </message>
    <message>
        <source>Language of the page: en, ru, zh_CN, ko, en+ru, en+zh_CN or en+ko</source>
        <translation>页面语言：en、ru、zh_CN、ko、en+ru、en+zh_CN 或 en+ko</translation>
    </message>
    <message>
        <source>Paper: A4, A3 or Letter (default A4)</source>
        <translation>纸张：A4、A3 或 Letter（默认 A4）</translation>
    </message>
    <message>
        <source>Landscape instead of portrait</source>
        <translation>横向而非纵向</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG, and of rasters inside a PDF or SVG (default 150)</source>
        <translation>PNG 以及 PDF 或 SVG 中栅格的每英寸像素数（默认 150）</translation>
    </message>
    <message>
        <source>Title of the page (default: a title in the page&apos;s language)</source>
        <translation>页面标题（默认：页面语言的标题）</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --%1 is required</source>
        <translation>habitat-cli export-map：需要 --%1</translation>
    </message>
    <message>
        <source>habitat-cli export-map: %1: the output must end in .pdf, .svg, .png or .tif</source>
        <translation>habitat-cli export-map：%1：输出文件必须以 .pdf、.svg、.png 或 .tif 结尾</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --lang must be one of %1</source>
        <translation>habitat-cli export-map：--lang 必须是 %1 之一</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --page must be A4, A3 or Letter</source>
        <translation>habitat-cli export-map：--page 必须是 A4、A3 或 Letter</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --dpi must be a whole number from 30 to 1200</source>
        <translation>habitat-cli export-map：--dpi 必须是 30 到 1200 之间的整数</translation>
    </message>
    <message>
        <source>habitat-cli export-map: the project has no candidate &apos;%1&apos; (it has: %2)</source>
        <translation>habitat-cli export-map：项目中没有候选方案“%1”（现有：%2）</translation>
    </message>
    <message>
        <source>habitat-cli export-map: warning: %1: file not found</source>
        <translation>habitat-cli export-map：警告：%1：找不到文件</translation>
    </message>
    <message>
        <source>habitat-cli export-map: warning: %1</source>
        <translation>habitat-cli export-map：警告：%1</translation>
    </message>
    <message>
        <source>Project file (.hplan) to add a candidate to</source>
        <translation>要添加候选方案的项目文件（.hplan）</translation>
    </message>
    <message>
        <source>Marxan solution: output_best.csv, output_rNNNNN.csv or output_ssoln.csv</source>
        <translation>Marxan 解：output_best.csv、output_rNNNNN.csv 或 output_ssoln.csv</translation>
    </message>
    <message>
        <source>Name of the new candidate (default: Marxan and the file name)</source>
        <translation>新候选方案的名称（默认：Marxan 加文件名）</translation>
    </message>
    <message>
        <source>Parcel layer to copy with the solution as a column</source>
        <translation>要复制并附加解列的地块图层</translation>
    </message>
    <message>
        <source>Name of the new integer column (default marxan)</source>
        <translation>新整数列的名称（默认 marxan）</translation>
    </message>
    <message>
        <source>Output vector file for --parcels</source>
        <translation>--parcels 的输出矢量文件</translation>
    </message>
    <message>
        <source>--solution FILE is required</source>
        <translation>需要 --solution 文件</translation>
    </message>
    <message>
        <source>give either --project P or --parcels FILE --out FILE</source>
        <translation>请指定 --project P，或 --parcels 文件 --out 文件</translation>
    </message>
    <message>
        <source>--candidate needs a name</source>
        <translation>--candidate 需要名称</translation>
    </message>
    <message>
        <source>--parcels needs --out FILE</source>
        <translation>--parcels 需要 --out 文件</translation>
    </message>
    <message>
        <source>--field needs a name</source>
        <translation>--field 需要名称</translation>
    </message>
    <message>
        <source>Rank parcels for acquisition: a greedy order by leopards gained per dollar, and the set that holds the most leopards within a budget (docs/RANKING.md).</source>
        <translation>对地块进行收购排序：按每美元增加的豹数贪心排序，并给出预算内容纳豹数最多的地块组合（docs/RANKING.md）。</translation>
    </message>
    <message>
        <source>Parcel polygons with an id and a price</source>
        <translation>带 id 和价格的地块多边形</translation>
    </message>
    <message>
        <source>Existing reserve polygons: always in, parcels next to it join its patches</source>
        <translation>现有保护区多边形：始终纳入，与其相邻的地块并入其斑块</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id, else the feature id)</source>
        <translation>地块 id 字段（默认 parcel_id，否则为要素 id）</translation>
    </message>
    <message>
        <source>Parcel price field in USD (default price_usd)</source>
        <translation>地块价格字段，单位 USD（默认 price_usd）</translation>
    </message>
    <message>
        <source>Money available, USD</source>
        <translation>可用资金，USD</translation>
    </message>
    <message>
        <source>Compactness: leopards given up per km of the selection&apos;s boundary (default 0)</source>
        <translation>紧凑度：所选范围边界每公里可舍弃的豹数（默认 0）</translation>
    </message>
    <message>
        <source>Parcel ids always bought</source>
        <translation>始终购买的地块 id</translation>
    </message>
    <message>
        <source>Parcel ids never bought</source>
        <translation>从不购买的地块 id</translation>
    </message>
    <message>
        <source>Seconds for the budget optimum&apos;s search (default 60)</source>
        <translation>预算最优解的搜索时间，秒（默认 60）</translation>
    </message>
    <message>
        <source>Seed of the solver (default 1)</source>
        <translation>求解器种子（默认 1）</translation>
    </message>
    <message>
        <source>The acquisition order, CSV</source>
        <translation>收购顺序，CSV</translation>
    </message>
    <message>
        <source>The budget optimum&apos;s summary, JSON</source>
        <translation>预算最优解摘要，JSON</translation>
    </message>
    <message>
        <source>--%1 and --project exclude each other</source>
        <translation>--%1 和 --project 不能同时使用</translation>
    </message>
    <message>
        <source>--forest-version needs --project</source>
        <translation>--forest-version 需要 --project</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>需要 --%1</translation>
    </message>
    <message>
        <source>--budget takes an amount in USD, 0 or more</source>
        <translation>--budget 取以 USD 计的金额，不小于 0</translation>
    </message>
    <message>
        <source>--blm takes a number, 0 or more</source>
        <translation>--blm 取不小于 0 的数</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds above 0</source>
        <translation>--time-limit 取大于 0 的秒数</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed 取整数</translation>
    </message>
    <message>
        <source>--forest-version takes a version number or &apos;latest&apos;</source>
        <translation>--forest-version 取版本号或“latest”</translation>
    </message>
    <message>
        <source>habitat-cli rank: warning: %1</source>
        <translation>habitat-cli rank：警告：%1</translation>
    </message>
    <message>
        <source>selected %1 of %2 parcels for %3 USD (budget %4): %5 leopards (%6 fractional), %7 with the reserve alone</source>
        <translation>以 %3 USD（预算 %4）选中 %2 个地块中的 %1 个：%5 只豹（小数 %6），仅现有保护区为 %7 只</translation>
    </message>
    <message>
        <source>area %1 km², boundary %2 km</source>
        <translation>面积 %1 km²，边界 %2 km</translation>
    </message>
    <message>
        <source>proven optimal (no selection within the budget holds more than %1 leopards)</source>
        <translation>已证明最优（预算内任何选择都不能容纳超过 %1 只豹）</translation>
    </message>
    <message>
        <source>proven gap %1 %: no selection within the budget holds more than %2 leopards</source>
        <translation>已证明间隙 %1 %：预算内任何选择都不能容纳超过 %2 只豹</translation>
    </message>
    <message>
        <source>Write a parcel layer as a Marxan problem: one planning unit per parcel, one feature per numeric field, boundaries from shared parcel edges (km). Planning units are numbered (the parcel ids when all are whole numbers); input/parcel_ids.csv says which parcel each number is.</source>
        <translation>将地块图层写为 Marxan 问题：每个地块一个规划单元，每个数值字段一个要素，边界取自地块共享边（千米）。规划单元按编号（若所有地块编号均为整数则直接使用）；input/parcel_ids.csv 说明每个编号对应哪个地块。</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)</source>
        <translation>habitat-cli marxan-export：--lock-in 和 --lock-out 接受以逗号分隔的地块编号（含逗号的编号用双引号括起）</translation>
    </message>
    <message>
        <source>Import a Marxan solution (output_best, output_ssoln) as a project candidate or as a parcel column. Planning units are named by the parcel_ids.csv marxan-export writes (found beside the solution or in ../input), else their numbers are the parcel ids.</source>
        <translation>将 Marxan 解（output_best、output_ssoln）导入为项目候选方案或地块列。规划单元按 marxan-export 写出的 parcel_ids.csv 命名（位于解旁边或 ../input 中），否则其编号即地块编号。</translation>
    </message>
    <message>
        <source>Table of planning units and parcel ids (puid,parcel_id; default: the parcel_ids.csv marxan-export wrote)</source>
        <translation>规划单元与地块编号对照表（puid,parcel_id；默认：marxan-export 写出的 parcel_ids.csv）</translation>
    </message>
    <message>
        <source>--lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)</source>
        <translation>--lock-in 和 --lock-out 接受以逗号分隔的地块编号（含逗号的编号用双引号括起）</translation>
    </message>
    <message>
        <source>Open a project even if it names files outside its folder or on the network</source>
        <translation>即使项目引用其文件夹之外或网络上的文件也打开它</translation>
    </message>
    <message>
        <source>Publish a .hplan to a team database (PostgreSQL/PostGIS), or copy a project back to a .hplan</source>
        <translation>将 .hplan 发布到团队数据库（PostgreSQL/PostGIS），或将项目复制回 .hplan</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 个候选方案</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the output is an input file; choose another output path</source>
        <translation>%1：输出文件是输入文件之一；请选择其他输出路径</translation>
    </message>
    <message>
        <source>Least-cost corridors from the reserve to each candidate and between candidates: cost, length, width, path</source>
        <translation>从保护区到每个候选区及候选区之间的最小成本廊道：成本、长度、宽度、路径</translation>
    </message>
    <message>
        <source>Also rank under other model assumptions and count, per parcel, in how many it is bought: &apos;default&apos; (the built-in grid: territory 16, 40, 80, 120 sq mi, habitat threshold ±10) or a JSON list of model overrides</source>
        <translation>同时在其他模型假设下排序，并统计每个地块在多少种假设下被购买：&apos;default&apos;（内置网格：领地 16、40、80、120 平方英里，栖息地阈值 ±10）或模型覆盖项的 JSON 列表</translation>
    </message>
    <message>
        <source>--scenarios takes &apos;default&apos; or a JSON file</source>
        <translation>--scenarios 接受 &apos;default&apos; 或 JSON 文件</translation>
    </message>
    <message>
        <source>scenario %1: %2 leopards, %3 parcels for %4 USD</source>
        <translation>情景 %1：%2 只豹，%3 个地块，%4 美元</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 parcels bought in every one, %3 in at least one</source>
        <translation>%1 个情景：%2 个地块在每个情景中都被购买，%3 个至少在一个情景中</translation>
    </message>
    <message>
        <source>Draw each candidate&apos;s least-cost corridor to the reserve, with a legend line and the corridor&apos;s cost, length and width in the table (as habitat-cli corridors computes them, a few seconds)</source>
        <translation>绘制每个候选区到保护区的最小成本廊道，并在图例中加一行、在表格中列出廊道的成本、长度和宽度（与 habitat-cli corridors 的计算相同，需数秒）</translation>
    </message>
    <message>
        <source>Also map how robust the ranking is: parcels coloured by in how many scenarios the budget optimum buys them (&apos;default&apos;: the built-in grid, or a JSON list of model overrides, as rank --scenarios); needs --budget</source>
        <translation>同时在地图上显示排序的稳健性：按预算最优解在多少个情景中购买地块为其着色（“default”：内置网格，或模型覆盖项的 JSON 列表，同 rank --scenarios）；需要 --budget</translation>
    </message>
    <message>
        <source>With --robustness: the ranking&apos;s budget, USD</source>
        <translation>与 --robustness 一起：排序的预算（美元）</translation>
    </message>
    <message>
        <source>With --robustness: seconds for each budget optimum&apos;s search (default 60)</source>
        <translation>与 --robustness 一起：每次预算最优解搜索的秒数（默认 60）</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --robustness takes &apos;default&apos; or a JSON file</source>
        <translation>habitat-cli export-map：--robustness 接受“default”或 JSON 文件</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --robustness needs --budget, an amount in USD, 0 or more</source>
        <translation>habitat-cli export-map：--robustness 需要 --budget，即不小于 0 的美元金额</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --time-limit takes a number of seconds above 0</source>
        <translation>habitat-cli export-map：--time-limit 接受大于 0 的秒数</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --budget and --time-limit need --robustness</source>
        <translation>habitat-cli export-map：--budget 和 --time-limit 需要 --robustness</translation>
    </message>
    <message>
        <source>Value of connecting: parcels whose least-cost distance from the existing reserve is above KM (km through full forest, as habitat-cli corridors) add no leopards</source>
        <translation>连通价值：与现有保护区的最小成本距离超过 KM（穿越完整森林的公里数，同 habitat-cli corridors）的地块不增加豹</translation>
    </message>
    <message>
        <source>With --reach-km: the corridor grid cell in metres (default %1)</source>
        <translation>与 --reach-km 一起：廊道网格单元大小（米，默认 %1）</translation>
    </message>
    <message>
        <source>With --reach-km: road lines, each cell they touch costs %1 more</source>
        <translation>与 --reach-km 一起：道路线，其接触的每个单元成本增加 %1</translation>
    </message>
    <message>
        <source>With --reach-km: settlement polygons, cells they touch have resistance %1</source>
        <translation>与 --reach-km 一起：居民点多边形，其接触的单元阻力为 %1</translation>
    </message>
    <message>
        <source>--reach-km takes a number of km, 0 or more</source>
        <translation>--reach-km 接受不小于 0 的公里数</translation>
    </message>
    <message>
        <source>--corridor-cell must be a positive number of metres</source>
        <translation>--corridor-cell 必须是正的米数</translation>
    </message>
    <message>
        <source>--%1 needs --reach-km</source>
        <translation>--%1 需要 --reach-km</translation>
    </message>
    <message>
        <source>%1 parcels beyond reach (farther than %2 km of least cost from the reserve) add no leopards</source>
        <translation>%1 个地块不可达（距保护区的最小成本超过 %2 公里），不增加豹</translation>
    </message>
    <message>
        <source>%1 s: atoms %2 s, shared boundaries %3 s, greedy order %4 s, budget optimum %5 s%6</source>
        <translation>%1 秒：原子 %2 秒，共享边界 %3 秒，贪心顺序 %4 秒，预算最优 %5 秒%6</translation>
    </message>
    <message>
        <source> (stopped by the time limit)</source>
        <translation>（因时间限制而停止）</translation>
    </message>
</context>
<context>
    <name>habitat-planner</name>
    <message>
        <source>Plan Amur leopard reserves on a map.</source>
        <translation>在地图上规划东北豹保护区。</translation>
    </message>
    <message>
        <source>User interface language: ru, zh_CN, ko or en.</source>
        <translation>界面语言：ru、zh_CN、ko 或 en。</translation>
    </message>
    <message>
        <source>A project (.hplan) to open, or raster and vector files to open as layers.</source>
        <translation>要打开的项目（.hplan），或作为图层打开的栅格和矢量文件。</translation>
    </message>
</context>
<context>
    <name>hp::cli</name>
    <message>
        <source>Import new imagery as a dated forest-cover version of a project.</source>
        <translation>将新影像导入为项目中带日期的森林覆盖版本。</translation>
    </message>
    <message>
        <source>Project file (.hplan)</source>
        <translation>项目文件（.hplan）</translation>
    </message>
    <message>
        <source>Input raster; repeat for several tiles</source>
        <translation>输入栅格；多个图幅时重复此选项</translation>
    </message>
    <message>
        <source>canopy, ndvi, classes or loss</source>
        <translation>canopy、ndvi、classes 或 loss</translation>
    </message>
    <message>
        <source>Band holding canopy %, classes or loss years (default 1)</source>
        <translation>包含郁闭度 %、类别或损失年份的波段（默认 1）</translation>
    </message>
    <message>
        <source>Red band for NDVI (Sentinel-2: B4, Landsat 8/9: B4)</source>
        <translation>NDVI 的红波段（Sentinel-2：B4，Landsat 8/9：B4）</translation>
    </message>
    <message>
        <source>Near-infrared band for NDVI (Sentinel-2: B8, Landsat 8/9: B5)</source>
        <translation>NDVI 的近红外波段（Sentinel-2：B8，Landsat 8/9：B5）</translation>
    </message>
    <message>
        <source>CSV table class,canopy_pct; &apos;worldcover&apos; for ESA WorldCover</source>
        <translation>CSV 表 类别,郁闭度百分比；ESA WorldCover 用“worldcover”</translation>
    </message>
    <message>
        <source>Apply forest loss from this year on</source>
        <translation>从该年份起计入森林损失</translation>
    </message>
    <message>
        <source>Date of the imagery, YYYY-MM-DD</source>
        <translation>影像日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--project P is required</source>
        <translation>需要 --project P</translation>
    </message>
    <message>
        <source>--file F is required</source>
        <translation>需要 --file F</translation>
    </message>
    <message>
        <source>--band must be a band number from 1</source>
        <translation>--band 必须是从 1 开始的波段号</translation>
    </message>
    <message>
        <source>--method ndvi needs --red-band N and --nir-band N</source>
        <translation>--method ndvi 需要 --red-band N 和 --nir-band N</translation>
    </message>
    <message>
        <source>--method classes needs --classes TABLE.csv</source>
        <translation>--method classes 需要 --classes 表.csv</translation>
    </message>
    <message>
        <source>--method loss needs --loss-from YEAR</source>
        <translation>--method loss 需要 --loss-from 年份</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos; (canopy, ndvi, classes or loss)</source>
        <translation>未知的 --method“%1”（canopy、ndvi、classes 或 loss）</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after per parcel, candidate and reserve, and optionally the change map.</source>
        <translation>比较项目的两个森林版本：每个地块、候选方案和保护区的前后承载量，并可输出变化图。</translation>
    </message>
    <message>
        <source>Forest version before (default 0, the original layer)</source>
        <translation>之前的森林版本（默认 0，即原始图层）</translation>
    </message>
    <message>
        <source>Forest version after: a number or &apos;latest&apos; (default)</source>
        <translation>之后的森林版本：编号或 &apos;latest&apos;（默认）</translation>
    </message>
    <message>
        <source>CSV table of capacity before and after</source>
        <translation>前后承载量的 CSV 表</translation>
    </message>
    <message>
        <source>Also write the change map (GeoTIFF: 1 loss, 2 gain)</source>
        <translation>同时写出变化图（GeoTIFF：1 减少，2 增加）</translation>
    </message>
    <message>
        <source>Canopy change in points that counts as loss or gain (default 10)</source>
        <translation>计为减少或增加的郁闭度变化百分点（默认 10）</translation>
    </message>
    <message>
        <source>--out OUT.csv or --map CHANGE.tif is required</source>
        <translation>需要 --out OUT.csv 或 --map CHANGE.tif</translation>
    </message>
    <message>
        <source>--from must be a forest version from 0 to %1</source>
        <translation>--from 必须是 0 到 %1 之间的森林版本</translation>
    </message>
    <message>
        <source>--to must be a forest version from 0 to %1 or &apos;latest&apos;</source>
        <translation>--to 必须是 0 到 %1 之间的森林版本或 &apos;latest&apos;</translation>
    </message>
    <message>
        <source>--threshold must be a number of points from 0 to 100</source>
        <translation>--threshold 必须是 0 到 100 之间的百分点数</translation>
    </message>
    <message>
        <source>Write a project&apos;s candidate reserves (and parcels with their capacity) for other GIS: the extension of --out picks GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson), KML (.kml, WGS 84) or CSV (.csv).</source>
        <translation>将项目的候选保护区（及地块及其承载量）写出供其他 GIS 使用：--out 的扩展名决定格式：GeoPackage（.gpkg）、Shapefile（.shp）、GeoJSON（.geojson）、KML（.kml，WGS 84）或 CSV（.csv）。</translation>
    </message>
    <message>
        <source>Only this candidate (and with parcels, only its parcels)</source>
        <translation>仅此候选方案（若含地块，仅其地块）</translation>
    </message>
    <message>
        <source>Output file: .gpkg, .shp, .geojson, .kml or .csv</source>
        <translation>输出文件：.gpkg、.shp、.geojson、.kml 或 .csv</translation>
    </message>
    <message>
        <source>candidates (default), parcels, or both. Shapefile, GeoJSON and CSV hold one layer: both writes FILE_candidates and FILE_parcels</source>
        <translation>candidates（默认）、parcels 或 both。Shapefile、GeoJSON 和 CSV 只容纳一个图层：both 会写出 FILE_candidates 和 FILE_parcels</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>在 stderr 上报告进度</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>需要 --out 文件</translation>
    </message>
    <message>
        <source>--what takes candidates, parcels or both</source>
        <translation>--what 取 candidates、parcels 或 both</translation>
    </message>
    <message>
        <source>--ranked adds columns to the parcels: use --what parcels or both</source>
        <translation>--ranked 会向地块添加列：请使用 --what parcels 或 both</translation>
    </message>
    <message>
        <source>%1: the output must end in .gpkg, .shp, .geojson, .kml or .csv</source>
        <translation>%1：输出文件必须以 .gpkg、.shp、.geojson、.kml 或 .csv 结尾</translation>
    </message>
    <message>
        <source>the project has no candidate named &apos;%1&apos;</source>
        <translation>项目中没有名为“%1”的候选方案</translation>
    </message>
    <message>
        <source>Copy a project between a .hplan file and a PostgreSQL/PostGIS database (postgresql://... or pg:service=...; name the project with project=NAME). A database project is created by the copy; an existing one is never overwritten.</source>
        <translation>在 .hplan 文件与 PostgreSQL/PostGIS 数据库之间复制项目（postgresql://... 或 pg:service=...；用 project=NAME 指定项目名称）。复制时会创建数据库项目；已有的项目绝不会被覆盖。</translation>
    </message>
    <message>
        <source>The project to copy: a .hplan or a database location</source>
        <translation>要复制的项目：.hplan 文件或数据库位置</translation>
    </message>
    <message>
        <source>Where the copy goes: a .hplan or a database location</source>
        <translation>副本的目标：.hplan 文件或数据库位置</translation>
    </message>
    <message>
        <source>Store the layers inside the copy (a .hplan that travels alone)</source>
        <translation>将图层存入副本（可单独携带的 .hplan）</translation>
    </message>
    <message>
        <source>--from P and --to P are required</source>
        <translation>必须提供 --from P 和 --to P</translation>
    </message>
    <message>
        <source>Least-cost corridors from the existing reserve to each candidate, and between candidates: cost, length, width and the path, over a resistance surface from forest cover (docs/MODEL.md, Corridors).</source>
        <translation>从现有保护区到每个候选区及候选区之间的最小成本廊道：基于森林覆盖阻力面的成本、长度、宽度和路径（docs/MODEL.md，Corridors）。</translation>
    </message>
    <message>
        <source>Project file (.hplan) or database project</source>
        <translation>项目文件（.hplan）或数据库项目</translation>
    </message>
    <message>
        <source>Forest version: a number or &apos;latest&apos; (default: the active one)</source>
        <translation>森林版本：编号或 &apos;latest&apos;（默认：当前版本）</translation>
    </message>
    <message>
        <source>Corridor grid cell in metres, a whole number of forest pixels (default %1)</source>
        <translation>廊道网格单元（米），为森林像元的整数倍（默认 %1）</translation>
    </message>
    <message>
        <source>Corridor: cells through which a path costs at most this much more than the least, km (default 1)</source>
        <translation>廊道：经过该单元的路径成本最多比最小成本高出此值的单元，公里（默认 1）</translation>
    </message>
    <message>
        <source>Road lines: each cell they touch costs %1 more</source>
        <translation>道路线：其触及的每个单元成本增加 %1</translation>
    </message>
    <message>
        <source>Settlement polygons: cells they touch have resistance %1</source>
        <translation>居民点多边形：其触及的单元阻力为 %1</translation>
    </message>
    <message>
        <source>Only the reserve to each candidate, not between candidates</source>
        <translation>仅从保护区到每个候选区，不计算候选区之间</translation>
    </message>
    <message>
        <source>Corridors with their paths: .gpkg, .geojson or .csv</source>
        <translation>带路径的廊道：.gpkg、.geojson 或 .csv</translation>
    </message>
    <message>
        <source>--out OUT is required</source>
        <translation>需要 --out OUT</translation>
    </message>
    <message>
        <source>%1: the output must end in .gpkg, .geojson or .csv</source>
        <translation>%1：输出文件必须以 .gpkg、.geojson 或 .csv 结尾</translation>
    </message>
    <message>
        <source>--cell must be a positive number of metres</source>
        <translation>--cell 必须是正的米数</translation>
    </message>
    <message>
        <source>--slack must be a number of km from 0</source>
        <translation>--slack 必须是不小于 0 的公里数</translation>
    </message>
    <message>
        <source>--forest-version takes a version number or &apos;latest&apos;</source>
        <translation>--forest-version 接受版本编号或 &apos;latest&apos;</translation>
    </message>
    <message>
        <source>Add the parcels&apos; acquisition order (rank, gain_leopards, gain_fractional, leopards_per_musd; as habitat-cli rank computes it) and each parcel beside the reserve (leopards_with_reserve, added_leopards, added_leopards_min, added_leopards_max, added_per_musd) to the parcels layer</source>
        <translation>向地块图层添加购买顺序（rank、gain_leopards、gain_fractional、leopards_per_musd；与 habitat-cli rank 的计算相同）以及每个地块与保护区合并的数值（leopards_with_reserve、added_leopards、added_leopards_min、added_leopards_max、added_per_musd）</translation>
    </message>
    <message>
        <source>Add each candidate&apos;s least-cost corridor to the reserve (corridor_reachable, corridor_cost_km, corridor_length_km, corridor_width_km; as habitat-cli corridors computes it, a few seconds) to the candidates layer</source>
        <translation>向候选区图层添加每个候选区到保护区的最小成本廊道（corridor_reachable、corridor_cost_km、corridor_length_km、corridor_width_km；与 habitat-cli corridors 的计算相同，需数秒）</translation>
    </message>
    <message>
        <source>--corridors adds columns to the candidates: use --what candidates or both</source>
        <translation>--corridors 向候选区添加列：请使用 --what candidates 或 both</translation>
    </message>
</context>
<context>
    <name>hp::gui::AttributeTableModel</name>
    <message>
        <source>In active candidate</source>
        <translation>在当前候选方案中</translation>
    </message>
</context>
<context>
    <name>hp::gui::AttributeTablePanel</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
</context>
<context>
    <name>hp::gui::CandidateFiguresPanel</name>
    <message>
        <source>Candidate:</source>
        <translation>候选方案：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>面积：</translation>
    </message>
    <message>
        <source>Habitat:</source>
        <translation>栖息地：</translation>
    </message>
    <message>
        <source>Habitat patches:</source>
        <translation>栖息地斑块：</translation>
    </message>
    <message>
        <source>Leopards:</source>
        <translation>豹数：</translation>
    </message>
    <message>
        <source>Leopard-equivalents:</source>
        <translation>豹当量：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>成本：</translation>
    </message>
    <message>
        <source>%1 km² (%2 sq mi)</source>
        <translation>%1 km²（%2 sq mi）</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 (range %2–%3)</source>
        <extracomment>%1 whole leopards; %2–%3 the range from 120 sq mi to 16 sq mi territories</extracomment>
        <translation>%1（范围 %2–%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 USD (%n parcel(s))</source>
        <extracomment>%1 the cost in US dollars, %2 the number of parcels bought</extracomment>
        <translation>
            <numerusform>%1 USD（%n 个地块）</numerusform>
        </translation>
    </message>
    <message>
        <source>With the reserve:</source>
        <translation>连同保护区：</translation>
    </message>
    <message>
        <source>Added to the reserve:</source>
        <translation>为保护区增加：</translation>
    </message>
    <message>
        <source>%1 leopards (range %2–%3)</source>
        <extracomment>%1 whole leopards of the candidate and the existing reserve together; %2–%3 the range</extracomment>
        <translation>%1 只豹（范围 %2–%3）</translation>
    </message>
    <message>
        <source>%1 leopards (range %2 to %3), %4 km² new land</source>
        <extracomment>%1 leopards the purchase adds to the reserve (signed), %2–%3 its range, %4 new land in km²</extracomment>
        <translation>%1 只豹（范围 %2 至 %3），新增土地 %4 平方公里</translation>
    </message>
    <message>
        <source>; %1 per million USD</source>
        <extracomment>%1 leopards added per million US dollars spent</extracomment>
        <translation>；每百万美元 %1</translation>
    </message>
    <message>
        <source>no reserve layer</source>
        <translation>无保护区图层</translation>
    </message>
    <message>
        <source>Corridor to the reserve:</source>
        <translation>到保护区的廊道：</translation>
    </message>
    <message>
        <source>not computed (Analysis ▸ Compute Corridors)</source>
        <translation>未计算（分析 ▸ 计算廊道）</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>touches the reserve</source>
        <translation>与保护区相邻</translation>
    </message>
    <message>
        <source>cost %1 km, length %2 km, mean width %3 km</source>
        <extracomment>%1 least cost (km through full forest), %2 path length, %3 mean corridor width, all in km</extracomment>
        <translation>成本 %1 公里，长度 %2 公里，平均宽度 %3 公里</translation>
    </message>
</context>
<context>
    <name>hp::gui::CandidatesPanel</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New empty candidate reserve</source>
        <translation>新建空的候选保护区</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected candidate</source>
        <translation>复制所选候选方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected candidate</source>
        <translation>删除所选候选方案</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Change the selected candidate&apos;s colour</source>
        <translation>更改所选候选方案的颜色</translation>
    </message>
    <message>
        <source>Candidate colour</source>
        <translation>候选方案颜色</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), %1 drawn polygon(s)</source>
        <translation>
            <numerusform>%n 个地块，%1 个绘制的多边形</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangeModel</name>
    <message>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>现有保护区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id / name</source>
        <translation>编号 / 名称</translation>
    </message>
    <message>
        <source>Leopards before</source>
        <translation>之前豹数</translation>
    </message>
    <message>
        <source>Leopards after</source>
        <translation>之后豹数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Fractional before</source>
        <translation>之前（小数）</translation>
    </message>
    <message>
        <source>Fractional after</source>
        <translation>之后（小数）</translation>
    </message>
    <message>
        <source>Habitat km² before</source>
        <translation>之前栖息地 km²</translation>
    </message>
    <message>
        <source>Habitat km² after</source>
        <translation>之后栖息地 km²</translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangePanel</name>
    <message>
        <source>Export Capacity Change</source>
        <translation>导出承载量变化</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Candidates and reserve</source>
        <translation>候选方案和保护区</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>仅变化的</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>之前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>之后：</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>0 (original)</source>
        <translation>0（原始）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Computing capacity under versions %1 and %2…</source>
        <translation>正在计算版本 %1 和 %2 下的承载量…</translation>
    </message>
    <message numerus="yes">
        <source>Parcels hold %1 leopards before and %2 after; %n parcel(s) changed.</source>
        <translation>
            <numerusform>地块之前可容纳 %1 只豹，之后 %2 只；%n 个地块有变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::CompareCandidatesModel</name>
    <message>
        <source>Existing reserve alone</source>
        <translation>仅现有保护区</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>Area, km²</source>
        <translation>面积，km²</translation>
    </message>
    <message>
        <source>Area, sq mi</source>
        <translation>面积，sq mi</translation>
    </message>
    <message>
        <source>Habitat, km²</source>
        <translation>栖息地，km²</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>斑块</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>豹数</translation>
    </message>
    <message>
        <source>Range (120–16 sq mi)</source>
        <translation>范围（120–16 sq mi）</translation>
    </message>
    <message>
        <source>Leopard-equivalents</source>
        <translation>豹当量</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>成本，USD</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>With reserve</source>
        <translation>含保护区</translation>
    </message>
    <message>
        <source>Added to reserve</source>
        <translation>为保护区增加</translation>
    </message>
    <message>
        <source>Added range</source>
        <translation>增加范围</translation>
    </message>
    <message>
        <source>Added per million USD</source>
        <translation>每百万美元增加</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>相邻</translation>
    </message>
    <message>
        <source>Corridor cost, km</source>
        <translation>廊道成本（公里）</translation>
    </message>
    <message>
        <source>Corridor length, km</source>
        <translation>廊道长度（公里）</translation>
    </message>
    <message>
        <source>Corridor width, km</source>
        <translation>廊道宽度（公里）</translation>
    </message>
</context>
<context>
    <name>hp::gui::CompareCandidatesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>hp::gui::DatabaseConnectionDialog</name>
    <message>
        <source>from pg_service.conf, e.g. plans</source>
        <translation>来自 pg_service.conf，例如 plans</translation>
    </message>
    <message>
        <source>default: local socket</source>
        <translation>默认：本地套接字</translation>
    </message>
    <message>
        <source>default: your user name</source>
        <translation>默认：您的用户名</translation>
    </message>
    <message>
        <source>default: your login</source>
        <translation>默认：您的登录名</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Publish to Database</source>
        <translation>发布到数据库</translation>
    </message>
    <message>
        <source>Open from Database</source>
        <translation>从数据库打开</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>name of the new project</source>
        <translation>新项目的名称</translation>
    </message>
    <message>
        <source>pick one from the list</source>
        <translation>从列表中选择</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass or the service file, never stored in a project.</source>
        <translation>密码从 ~/.pgpass 或服务文件读取，从不保存在项目中。</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Projects in this database:</source>
        <translation>此数据库中的项目：</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>项目(&amp;R)：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to %1; it holds no projects yet.</source>
        <translation>已连接到 %1；其中尚无项目。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n project(s).</source>
        <translation>
            <numerusform>已连接到 %1：%n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>hp::gui::DrawPolygonTool</name>
    <message>
        <source>Drawing cancelled.</source>
        <translation>绘制已取消。</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices; keep clicking, or press Esc to cancel.</source>
        <translation>多边形至少需要 3 个顶点；请继续点击，或按 Esc 取消。</translation>
    </message>
    <message>
        <source>The polygon crosses itself, so nothing was added. Remove vertices with Backspace and finish again, or press Esc to cancel.</source>
        <translation>多边形自相交，未添加任何内容。请用 Backspace 删除顶点后重新完成，或按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>hp::gui::EditConflictDialog</name>
    <message>
        <source>The project&apos;s layers and settings were changed by %1 at %2.</source>
        <translation>项目的图层和设置已由 %1 于 %2 更改。</translation>
    </message>
    <message>
        <source>“%1”, which you deleted, was changed by %2 at %3.</source>
        <translation>您删除的“%1”已由 %2 于 %3 更改。</translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3.</source>
        <translation>“%1”已由 %2 于 %3 删除。</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3.</source>
        <translation>“%1”已由 %2 于 %3 更改。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>两者都保留(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Someone Else Saved First</source>
        <translation>其他人先保存了</translation>
    </message>
    <message>
        <source>Your save would overwrite edits someone else saved after you opened the project. Nothing was saved.</source>
        <translation>您的保存将覆盖其他人在您打开项目后保存的编辑。未保存任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; takes their edits and drops yours. &lt;b&gt;Keep Both&lt;/b&gt; keeps theirs and saves yours beside them as new candidates named “… (mine)”. &lt;b&gt;Cancel&lt;/b&gt; saves nothing and leaves your edits unsaved.</source>
        <translation>&lt;b&gt;重新加载&lt;/b&gt;采用他们的编辑并放弃您的编辑。&lt;b&gt;两者都保留&lt;/b&gt;保留他们的编辑，并将您的编辑另存为名为“…（我的）”的新候选区。&lt;b&gt;取消&lt;/b&gt;不保存任何内容，您的编辑保持未保存。</translation>
    </message>
</context>
<context>
    <name>hp::gui::EditVerticesTool</name>
    <message>
        <source>A polygon keeps at least 3 vertices; delete the polygon instead.</source>
        <translation>多边形至少保留 3 个顶点；如需删除请删除整个多边形。</translation>
    </message>
    <message>
        <source>That edit would make the polygon cross itself, so it was not made.</source>
        <translation>该编辑会使多边形自相交，因此未执行。</translation>
    </message>
</context>
<context>
    <name>hp::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>PDF page (vector, selectable text)</source>
        <translation>PDF 页面（矢量，文字可选）</translation>
    </message>
    <message>
        <source>SVG page</source>
        <translation>SVG 页面</translation>
    </message>
    <message>
        <source>PNG page</source>
        <translation>PNG 页面</translation>
    </message>
    <message>
        <source>GeoTIFF of the map (georeferenced)</source>
        <translation>地图 GeoTIFF（带地理配准）</translation>
    </message>
    <message>
        <source>GeoPackage (candidates and parcels)</source>
        <translation>GeoPackage（候选方案和地块）</translation>
    </message>
    <message>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>KML (WGS 84, for Google Earth)</source>
        <translation>KML（WGS 84，用于 Google Earth）</translation>
    </message>
    <message>
        <source>CSV table (no geometry)</source>
        <translation>CSV 表（无几何）</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Candidate reserves (in the page&apos;s language)</source>
        <translation>候选保护区（使用页面语言）</translation>
    </message>
    <message>
        <source>Current view (all candidates)</source>
        <translation>当前视图（所有候选方案）</translation>
    </message>
    <message>
        <source>Also the parcels, with the leopards each can hold</source>
        <translation>同时导出地块及每个地块可容纳的豹数</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Map of:</source>
        <translation>地图内容：</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>副标题：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>此格式的文件名必须以 .%1 结尾。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>hp::gui::ForestVersionsPanel</name>
    <message>
        <source>canopy %</source>
        <translation>郁闭度 %</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>forest loss</source>
        <translation>森林损失</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>来源方法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version</source>
        <translation>将卫星影像导入为新的森林覆盖版本</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Compute capacity and draw the map with the selected version</source>
        <translation>用所选版本计算承载量并绘制地图</translation>
    </message>
    <message>
        <source>Change Map</source>
        <translation>变化图</translation>
    </message>
    <message>
        <source>Show where the canopy fell or rose between the previous version and the selected one</source>
        <translation>显示上一版本与所选版本之间郁闭度下降或上升的位置</translation>
    </message>
    <message>
        <source>Compare Capacity…</source>
        <translation>比较承载量…</translation>
    </message>
    <message>
        <source>Leopards per parcel and candidate before and after the selected version</source>
        <translation>所选版本前后每个地块和候选方案的豹数</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未改变。</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>original layer</source>
        <translation>原始图层</translation>
    </message>
    <message>
        <source>Save the project first: imported versions are written beside the project file.</source>
        <translation>请先保存项目：导入的版本写在项目文件旁边。</translation>
    </message>
    <message>
        <source>Imported forest version %1.</source>
        <translation>已导入森林版本 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change map from version %1 to %2 written to %3.</source>
        <translation>版本 %1 到 %2 的变化图已写入 %3。</translation>
    </message>
    <message>
        <source>Computing the change map…</source>
        <translation>正在计算变化图…</translation>
    </message>
</context>
<context>
    <name>hp::gui::IdentifyPanel</name>
    <message>
        <source>Click the map with the Identify tool.</source>
        <translation>用识别工具点击地图。</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Nothing at %1, %2.</source>
        <translation>%1, %2 处没有内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2</source>
        <translation>
            <numerusform>%1, %2 处有 %n 个结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::ImportForestDialog</name>
    <message>
        <source>Import Satellite Layer</source>
        <translation>导入卫星图层</translation>
    </message>
    <message>
        <source>Satellite Imagery</source>
        <translation>卫星影像</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Class Table</source>
        <translation>类别表</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>CSV 表 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Canopy cover % (a tree-cover product)</source>
        <translation>郁闭度 %（树木覆盖产品）</translation>
    </message>
    <message>
        <source>NDVI from red and near-infrared bands</source>
        <translation>由红光和近红外波段计算 NDVI</translation>
    </message>
    <message>
        <source>Land-cover classes with a class table</source>
        <translation>土地覆盖类别及类别表</translation>
    </message>
    <message>
        <source>Forest loss year (applied to the current cover)</source>
        <translation>森林损失年份（应用于当前覆盖）</translation>
    </message>
    <message>
        <source>Values 0–100 are taken as canopy cover in per cent; other values count as no data.</source>
        <translation>0–100 的值视为郁闭度百分比；其他值视为无数据。</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>Canopy %</source>
        <translation>郁闭度 %</translation>
    </message>
    <message>
        <source>Add Breakpoint</source>
        <translation>添加断点</translation>
    </message>
    <message>
        <source>Remove Breakpoint</source>
        <translation>删除断点</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Red band:</source>
        <translation>红光波段：</translation>
    </message>
    <message>
        <source>Near-infrared band:</source>
        <translation>近红外波段：</translation>
    </message>
    <message>
        <source>Sentinel-2: red B4, near-infrared B8. Landsat 8/9: red B4, near-infrared B5.</source>
        <translation>Sentinel-2：红光 B4，近红外 B8。Landsat 8/9：红光 B4，近红外 B5。</translation>
    </message>
    <message>
        <source>NDVI → canopy:</source>
        <translation>NDVI → 郁闭度：</translation>
    </message>
    <message>
        <source>ESA WorldCover classes (10 tree cover = 80 %)</source>
        <translation>ESA WorldCover 类别（10 树木覆盖 = 80 %）</translation>
    </message>
    <message>
        <source>Class table (CSV: class,canopy_pct):</source>
        <translation>类别表（CSV：class,canopy_pct）：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Loss from year:</source>
        <translation>损失起始年份：</translation>
    </message>
    <message>
        <source>Pixels lost in this year or later become 0 % canopy; the rest keep the current cover. Hansen Global Forest Change values 1, 2, … stand for 2001, 2002, …</source>
        <translation>该年份及以后损失的像元郁闭度变为 0 %；其余保持当前覆盖。Hansen Global Forest Change 的值 1、2、… 表示 2001、2002、…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Files (tiles are mosaicked):</source>
        <translation>文件（分块将被拼接）：</translation>
    </message>
    <message>
        <source>The files hold:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>波段：</translation>
    </message>
    <message>
        <source>Date of the imagery:</source>
        <translation>影像日期：</translation>
    </message>
    <message>
        <source>Add at least one raster file to import.</source>
        <translation>请至少添加一个要导入的栅格文件。</translation>
    </message>
    <message>
        <source>The red and near-infrared bands must differ.</source>
        <translation>红光和近红外波段必须不同。</translation>
    </message>
    <message>
        <source>Breakpoint %1 is not a pair of numbers.</source>
        <translation>断点 %1 不是一对数字。</translation>
    </message>
    <message>
        <source>Choose a class table or ESA WorldCover.</source>
        <translation>请选择类别表或 ESA WorldCover。</translation>
    </message>
    <message>
        <source>%1: the class table cannot be opened (%2).</source>
        <translation>%1：无法打开类别表（%2）。</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPanel</name>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>上移图层(&amp;U)</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>下移图层(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>移除图层(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation>图层属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPropertiesDialog</name>
    <message>
        <source>Greens (canopy)</source>
        <translation>绿色（郁闭度）</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>地形</translation>
    </message>
    <message>
        <source>Spectral</source>
        <translation>光谱</translation>
    </message>
    <message>
        <source>Layer Properties — %1</source>
        <translation>图层属性 — %1</translation>
    </message>
    <message>
        <source>Layer rendering</source>
        <translation>图层渲染</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Band rendering</source>
        <translation>波段渲染</translation>
    </message>
    <message>
        <source>Singleband pseudocolour</source>
        <translation>单波段伪彩色</translation>
    </message>
    <message>
        <source>Paletted (the file&apos;s colour table)</source>
        <translation>调色板（文件的颜色表）</translation>
    </message>
    <message>
        <source>Multiband colour (red, green, blue)</source>
        <translation>多波段彩色（红、绿、蓝）</translation>
    </message>
    <message>
        <source>Render type</source>
        <translation>渲染类型</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>阴影线</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>轮廓宽度</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <source>Label with</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标注颜色</translation>
    </message>
</context>
<context>
    <name>hp::gui::LogPanel</name>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>hp::gui::MainWindow</name>
    <message>
        <source>Habitat Planner</source>
        <translation>栖息地规划</translation>
    </message>
    <message>
        <source>Add &amp;Raster Layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a raster layer from any file GDAL reads</source>
        <translation>从 GDAL 可读取的任意文件添加栅格图层</translation>
    </message>
    <message>
        <source>Add &amp;Vector Layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <source>Add the layers of a vector file (GeoPackage, Shapefile, GeoJSON, KML, …)</source>
        <translation>添加矢量文件的图层（GeoPackage、Shapefile、GeoJSON、KML 等）</translation>
    </message>
    <message>
        <source>Open &amp;Sample Region</source>
        <translation>打开示例区域(&amp;S)</translation>
    </message>
    <message>
        <source>Add the sample region of south-west Primorsky Krai</source>
        <translation>添加滨海边疆区西南部的示例区域</translation>
    </message>
    <message>
        <source>Save Map as &amp;Image…</source>
        <translation>将地图另存为图像(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pan Map</source>
        <translation>平移地图(&amp;P)</translation>
    </message>
    <message>
        <source>Drag the map; the arrow keys and the middle button pan with any tool</source>
        <translation>拖动地图；任何工具下都可用方向键和鼠标中键平移</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom in</source>
        <translation>拖框或点击以放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom out</source>
        <translation>拖框或点击以缩小</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>识别要素(&amp;I)</translation>
    </message>
    <message>
        <source>Click the map to see parcel attributes, basin and canopy value</source>
        <translation>点击地图查看地块属性、流域和郁闭度值</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>全图显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Habitat Planner</source>
        <translation>关于栖息地规划(&amp;A)</translation>
    </message>
    <message>
        <source>About Habitat Planner</source>
        <translation>关于栖息地规划</translation>
    </message>
    <message>
        <source>&lt;b&gt;Habitat Planner %1&lt;/b&gt;&lt;p&gt;Planning reserves for the Amur leopard in south-west Primorsky Krai.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, GEOS and PROJ.&lt;/p&gt;</source>
        <translation>&lt;b&gt;栖息地规划 %1&lt;/b&gt;&lt;p&gt;为滨海边疆区西南部的东北豹规划保护区。&lt;/p&gt;&lt;p&gt;基于 Qt、GDAL、GEOS 和 PROJ 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Log Messages</source>
        <translation>日志消息</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Data Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>地图导航</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot open layer</source>
        <translation>无法打开图层</translation>
    </message>
    <message>
        <source>Generating the sample region in %1…</source>
        <translation>正在 %1 中生成示例区域…</translation>
    </message>
    <message>
        <source>Sample region not generated: cancelled.</source>
        <translation>未生成示例区域：已取消。</translation>
    </message>
    <message>
        <source>Opened the sample region from %1</source>
        <translation>已从 %1 打开示例区域</translation>
    </message>
    <message>
        <source>Cannot open the sample region</source>
        <translation>无法打开示例区域</translation>
    </message>
    <message>
        <source>Add Raster Layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;All files (*)</source>
        <translation>栅格文件 (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Vector Layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;All files (*)</source>
        <translation>矢量文件 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Map as Image</source>
        <translation>将地图另存为图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 图像 (*.png);;JPEG 图像 (*.jpg)</translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation>无法保存图像</translation>
    </message>
    <message>
        <source>%1: the image cannot be written</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <source>Some layers could not be drawn: %1</source>
        <translation>部分图层无法绘制：%1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Store Layer &amp;Data in Project File</source>
        <translation>将图层数据存储在项目文件中(&amp;D)</translation>
    </message>
    <message>
        <source>Save copies of the layers and forest versions inside the project file, so it can be sent as one file</source>
        <translation>在项目文件中保存图层和森林版本的副本，以便作为单个文件发送</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <source>A printable map page (PDF, SVG, PNG) or a georeferenced GeoTIFF, in the reader&apos;s language</source>
        <translation>可打印的地图页面（PDF、SVG、PNG）或带地理配准的 GeoTIFF，使用读者的语言</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Candidates and parcels with their figures as GeoPackage, Shapefile, GeoJSON, KML or CSV</source>
        <translation>将候选方案和地块及其数据导出为 GeoPackage、Shapefile、GeoJSON、KML 或 CSV</translation>
    </message>
    <message>
        <source>Import Marxan &amp;Solution as Candidate…</source>
        <translation>将 Marxan 解导入为候选方案(&amp;S)…</translation>
    </message>
    <message>
        <source>A Marxan output_best or output_ssoln for this project&apos;s parcels becomes a candidate</source>
        <translation>将本项目地块的 Marxan output_best 或 output_ssoln 作为候选方案导入</translation>
    </message>
    <message>
        <source>Import Marxan Solution</source>
        <translation>导入 Marxan 解</translation>
    </message>
    <message>
        <source>Marxan solutions (*.csv *.txt *.dat);;All files (*)</source>
        <translation>Marxan 解 (*.csv *.txt *.dat);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the Marxan solution</source>
        <translation>无法导入 Marxan 解</translation>
    </message>
    <message>
        <source>Candidate Reserves</source>
        <translation>候选保护区</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Forest Versions</source>
        <translation>森林版本</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Candidate Capacity</source>
        <translation>候选方案承载量</translation>
    </message>
    <message>
        <source>Parcel Ranking</source>
        <translation>地块排序</translation>
    </message>
    <message>
        <source>Cannot rank the parcels</source>
        <translation>无法对地块排序</translation>
    </message>
    <message>
        <source>Compare Candidates</source>
        <translation>比较候选方案</translation>
    </message>
    <message>
        <source>Cannot compare the candidates</source>
        <translation>无法比较候选方案</translation>
    </message>
    <message>
        <source>Capacity Change</source>
        <translation>承载量变化</translation>
    </message>
    <message>
        <source>Cannot compare the forest versions</source>
        <translation>无法比较森林版本</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>Autosaving %p%</source>
        <translation>正在自动保存 %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this autosave; the next one comes in a few minutes</source>
        <translation>停止本次自动保存；下一次将在几分钟后进行</translation>
    </message>
    <message>
        <source>A Job Is Running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <source>Stop the job that is running and close the window?</source>
        <translation>停止正在运行的任务并关闭窗口？</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Adding %1 cancelled.</source>
        <translation>已取消添加 %1。</translation>
    </message>
    <message>
        <source>Cannot compute the corridors</source>
        <translation>无法计算廊道</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;amp;A)</translation>
    </message>
</context>
<context>
    <name>hp::gui::MapStatusWidget</name>
    <message>
        <source>Cursor position in the map CRS</source>
        <translation>光标在地图坐标系中的位置</translation>
    </message>
    <message>
        <source>Cursor position as WGS 84 latitude and longitude</source>
        <translation>光标位置（WGS 84 纬度和经度）</translation>
    </message>
    <message>
        <source>Map scale; type one to zoom to it</source>
        <translation>地图比例尺；输入数值可缩放到该比例尺</translation>
    </message>
    <message>
        <source>Rendering the map</source>
        <translation>正在渲染地图</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%2纬 %1°，%4经 %3°</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>无坐标系</translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation>地图坐标系：%1</translation>
    </message>
</context>
<context>
    <name>hp::gui::MeasureTool</name>
    <message>
        <source>%1 km (%2 mi)</source>
        <translation>%1 km（%2 mi）</translation>
    </message>
    <message>
        <source>%1 km² (%2 sq mi)</source>
        <translation>%1 km²（%2 sq mi）</translation>
    </message>
    <message>
        <source>Cannot measure: the map has no usable coordinate reference system.</source>
        <translation>无法测量：地图没有可用的坐标参考系。</translation>
    </message>
</context>
<context>
    <name>hp::gui::ModalTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>hp::gui::OverviewOffer</name>
    <message>
        <source>Build Overviews</source>
        <translation>构建概视图</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Overviews of “%1” could not be built: %2</source>
        <translation>无法为“%1”构建概视图：%2</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>“%1” has no overviews, so zoomed-out views are drawn from a coarse copy. Build them (a .ovr file beside the raster) for sharp, quick drawing at every scale?</source>
        <translation>“%1”没有概视图，因此缩小时的视图由一个粗略副本绘制。要构建概视图（栅格旁的 .ovr 文件），以便在任何比例尺下都清晰、快速地绘制吗？</translation>
    </message>
    <message>
        <source>Building overviews of “%1”…</source>
        <translation>正在为“%1”构建概视图…</translation>
    </message>
</context>
<context>
    <name>hp::gui::PlanningTools</name>
    <message>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>&amp;Select Parcels</source>
        <translation>选择地块(&amp;S)</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to put parcels in the active candidate; Shift adds or toggles, Ctrl removes</source>
        <translation>点击或拖动矩形将地块放入当前候选方案；Shift 添加或切换，Ctrl 移除</translation>
    </message>
    <message>
        <source>Select Parcels by &amp;Freehand</source>
        <translation>手绘选择地块(&amp;F)</translation>
    </message>
    <message>
        <source>Drag a lasso around parcels for the active candidate; Shift adds, Ctrl removes</source>
        <translation>在地块周围拖出套索以加入当前候选方案；Shift 添加，Ctrl 移除</translation>
    </message>
    <message>
        <source>&amp;Draw Candidate Polygon</source>
        <translation>绘制候选多边形(&amp;D)</translation>
    </message>
    <message>
        <source>Click vertices; double-click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>点击添加顶点；双击或按 Enter 完成，Backspace 删除最后一个顶点，Esc 取消</translation>
    </message>
    <message>
        <source>&amp;Edit Polygon Vertices</source>
        <translation>编辑多边形顶点(&amp;E)</translation>
    </message>
    <message>
        <source>Click a drawn polygon, then drag its vertices, press on an edge to add one, Delete or right-click removes one</source>
        <translation>点击已绘制的多边形，然后拖动其顶点；在边上按下可添加顶点，按 Delete 或右键可删除顶点</translation>
    </message>
    <message>
        <source>&amp;Measure Line</source>
        <translation>测量线(&amp;M)</translation>
    </message>
    <message>
        <source>Click points to measure a geodesic distance in km and miles</source>
        <translation>点击各点以千米和英里测量大地线距离</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>测量面积(&amp;A)</translation>
    </message>
    <message>
        <source>Click points to measure a geodesic area in km² and square miles</source>
        <translation>点击各点以 km² 和平方英里测量大地线面积</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>捕捉(&amp;N)</translation>
    </message>
    <message>
        <source>Snap drawing, editing and measuring to parcel vertices and edges within %1 pixels</source>
        <translation>绘制、编辑和测量时捕捉到 %1 像素范围内的地块顶点和边</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>No parcel there.</source>
        <translation>此处没有地块。</translation>
    </message>
    <message>
        <source>Select parcels</source>
        <translation>选择地块</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个地块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>绘制多边形</translation>
    </message>
    <message>
        <source>Polygon added to %1.</source>
        <translation>已将多边形添加到 %1。</translation>
    </message>
</context>
<context>
    <name>hp::gui::ProjectController</name>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Habitat Planner projects (*.hplan)</source>
        <translation>栖息地规划项目 (*.hplan)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Habitat Planner did not close normally while %1 had unsaved changes. Recover them from the autosave?</source>
        <translation>栖息地规划在 %1 有未保存更改时未正常关闭。是否从自动保存中恢复？</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>%1 现在位于何处？</translation>
    </message>
    <message>
        <source>Autosave Failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>Some Layers Did Not Open</source>
        <translation>部分图层未能打开</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Files Outside the Project</source>
        <translation>项目之外的文件</translation>
    </message>
    <message>
        <source>%1 names files outside its folder or on the network. Nothing has been read from them yet. Open the project and let it read them?</source>
        <translation>%1 引用了其文件夹之外或网络上的文件。目前尚未从中读取任何内容。是否打开项目并允许读取这些文件？</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>%1 (on the network)</source>
        <translation>%1（网络上）</translation>
    </message>
    <message>
        <source>%1 (outside the project folder)</source>
        <translation>%1（项目文件夹之外）</translation>
    </message>
    <message>
        <source>%1 (on the network, named by %2)</source>
        <translation>%1（网络上，由 %2 引用）</translation>
    </message>
    <message>
        <source>%1 (outside the project folder, named by %2)</source>
        <translation>%1（项目文件夹之外，由 %2 引用）</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>Opening the project&apos;s layers…</source>
        <translation>正在打开项目的图层…</translation>
    </message>
    <message>
        <source>Reopening the layers cancelled; the map shows the layers it showed before.</source>
        <translation>已取消重新打开图层；地图仍显示之前的图层。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Saving cancelled; %1 is unchanged.</source>
        <translation>已取消保存；%1 未更改。</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>已将副本保存为 %1。</translation>
    </message>
</context>
<context>
    <name>hp::gui::ProjectCorridors</name>
    <message>
        <source>Compute &amp;Corridors…</source>
        <translation>计算廊道(&amp;amp;C)…</translation>
    </message>
    <message>
        <source>Least-cost corridors from the reserve to each candidate and between candidates, drawn on the map</source>
        <translation>从保护区到每个候选区以及候选区之间的最小成本廊道，绘制在地图上</translation>
    </message>
    <message>
        <source>No candidates: there is nothing to connect.</source>
        <translation>没有候选区：无可连接。</translation>
    </message>
    <message>
        <source>Computing corridors…</source>
        <translation>正在计算廊道…</translation>
    </message>
    <message>
        <source>Corridors cancelled.</source>
        <translation>廊道计算已取消。</translation>
    </message>
    <message>
        <source>No corridors: the project has no reserve layer and one candidate.</source>
        <translation>没有廊道：项目没有保护区图层且只有一个候选区。</translation>
    </message>
    <message numerus="yes">
        <source>%n corridor(s) computed, %1 drawn.</source>
        <translation>
            <numerusform>已计算 %n 条廊道，绘制 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidates changed: corridors taken off the map (Analysis ▸ Compute Corridors).</source>
        <translation>候选区已更改：廊道已从地图移除（分析 ▸ 计算廊道）。</translation>
    </message>
</context>
<context>
    <name>hp::gui::RankingPanel</name>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Compactness: leopards the optimum may give up per km of reserve boundary (as Marxan&apos;s BLM)</source>
        <translation>紧凑度：最优解在保护区边界每公里可舍弃的豹数（相当于 Marxan 的 BLM）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Boundary length modifier:</source>
        <translation>边界长度修正系数：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create Candidate from Selection</source>
        <translation>由所选地块创建候选方案</translation>
    </message>
    <message>
        <source>Adds the budget optimum&apos;s parcels as a new candidate reserve (undoable)</source>
        <translation>将预算最优解的地块添加为新的候选保护区（可撤销）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Ranking the parcels…</source>
        <translation>正在对地块排序…</translation>
    </message>
    <message>
        <source>Budget optimum %1 USD</source>
        <translation>预算最优解 %1 USD</translation>
    </message>
    <message>
        <source>Set a budget and run to rank the parcels.</source>
        <translation>设置预算并运行以对地块排序。</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <source>optimality gap unknown</source>
        <translation>最优间隙未知</translation>
    </message>
    <message>
        <source>optimality gap %1 %</source>
        <translation>最优间隙 %1 %</translation>
    </message>
    <message>
        <source>Budget optimum: %1 leopards (%2 leopard-equivalents, the existing reserve included) for %3 USD; %4 parcels, %5 km², boundary %6 km; %7.</source>
        <translation>预算最优解：%3 USD 可容纳 %1 只豹（%2 豹当量，含现有保护区）；%4 个地块，%5 km²，边界 %6 km；%7。</translation>
    </message>
    <message>
        <source>Parcels the optimum must include (already bought or promised)</source>
        <translation>最优解必须包含的地块（已购买或已承诺）</translation>
    </message>
    <message>
        <source>parcel ids, e.g. 7</source>
        <translation>地块编号，例如 7</translation>
    </message>
    <message>
        <source>Parcels the optimum must leave out (not for sale)</source>
        <translation>最优解必须排除的地块（不出售）</translation>
    </message>
    <message>
        <source>Locked in:</source>
        <translation>锁定纳入：</translation>
    </message>
    <message>
        <source>Locked out:</source>
        <translation>锁定排除：</translation>
    </message>
    <message>
        <source>parcel ids, e.g. 12, 25:34:010101:12</source>
        <translation>地块编号，例如 12, 25:34:010101:12</translation>
    </message>
    <message>
        <source>Across scenarios</source>
        <translation>跨情景</translation>
    </message>
    <message>
        <source>Rank once more under each scenario of model assumptions and count, per parcel, in how many the budget optimum buys it</source>
        <translation>在每个模型假设情景下再次排序，并统计每个地块在多少个情景中被预算最优解购买</translation>
    </message>
    <message>
        <source>built-in grid: territory 16–120 sq mi, habitat threshold ±10</source>
        <translation>内置网格：领地 16–120 平方英里，栖息地阈值 ±10</translation>
    </message>
    <message>
        <source>A JSON list of model overrides (docs/RANKING.md, Scenarios); empty: the built-in grid</source>
        <translation>模型覆盖项的 JSON 列表（docs/RANKING.md，Scenarios）；留空：内置网格</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a scenarios file</source>
        <translation>选择情景文件</translation>
    </message>
    <message>
        <source>Scenarios file:</source>
        <translation>情景文件：</translation>
    </message>
    <message>
        <source>Scenarios File</source>
        <translation>情景文件</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>情景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Ranking…</source>
        <translation>导出排序…</translation>
    </message>
    <message>
        <source>The acquisition order as ORDER.csv, with the scenario counts after a run across scenarios</source>
        <translation>以 ORDER.csv 导出购买顺序，跨情景运行后附带情景计数</translation>
    </message>
    <message>
        <source>Export Ranking</source>
        <translation>导出排序</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ranking the parcels across scenarios…</source>
        <translation>正在跨情景对地块排序…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Across %1 scenarios: %2 parcels chosen in all of them, %3 in at least one.</source>
        <translation>在 %1 个情景中：%2 个地块在所有情景中被选中，%3 个至少在一个情景中被选中。</translation>
    </message>
    <message>
        <source>Ranked in %1 s (budget optimum %2 s, stopped by the time limit).</source>
        <translation>排序用时 %1 秒（预算最优 %2 秒，因时间限制而停止）。</translation>
    </message>
    <message>
        <source>Ranked in %1 s (budget optimum %2 s).</source>
        <translation>排序用时 %1 秒（预算最优 %2 秒）。</translation>
    </message>
</context>
<context>
    <name>hp::gui::RankingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>成本，USD</translation>
    </message>
    <message>
        <source>Leopards gained</source>
        <translation>增加豹数</translation>
    </message>
    <message>
        <source>Leopard-equivalents gained</source>
        <translation>增加豹当量</translation>
    </message>
    <message>
        <source>Leopards per M USD</source>
        <translation>每百万 USD 豹数</translation>
    </message>
    <message>
        <source>Cumulative cost, USD</source>
        <translation>累计成本，USD</translation>
    </message>
    <message>
        <source>Cumulative leopards</source>
        <translation>累计豹数</translation>
    </message>
    <message>
        <source>In budget optimum</source>
        <translation>在预算最优解中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>In the budget optimum in %1 of %2 scenarios; within the budget in the greedy order in %3</source>
        <translation>在 %2 个情景中的 %1 个中属于预算最优解；在 %3 个情景中在贪心顺序的预算内</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>%1 (range %2–%3)</source>
        <translation>%1（范围 %2–%3）</translation>
    </message>
    <message>
        <source>Leopards alone</source>
        <translation>单独的豹数</translation>
    </message>
    <message>
        <source>With the reserve</source>
        <translation>与保护区合计</translation>
    </message>
    <message>
        <source>Added to the reserve</source>
        <translation>为保护区增加</translation>
    </message>
    <message>
        <source>Added per M USD</source>
        <translation>每百万美元增加</translation>
    </message>
</context>
<context>
    <name>hp::gui::TeamProjectController</name>
    <message>
        <source>Open from &amp;Database…</source>
        <translation>从数据库打开(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Publish to Database…</source>
        <translation>发布到数据库(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy as File…</source>
        <translation>另存副本为文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team project from a PostgreSQL/PostGIS database</source>
        <translation>从 PostgreSQL/PostGIS 数据库打开团队项目</translation>
    </message>
    <message>
        <source>Store this project in a PostgreSQL/PostGIS database so a team can edit it</source>
        <translation>将此项目存入 PostgreSQL/PostGIS 数据库，以便团队编辑</translation>
    </message>
    <message>
        <source>Write the database project to a .hplan file</source>
        <translation>将数据库项目写入 .hplan 文件</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>database project</source>
        <translation>数据库项目</translation>
    </message>
    <message>
        <source>%1 (database)</source>
        <translation>%1（数据库）</translation>
    </message>
    <message numerus="yes">
        <source>%n layer file(s) of the project were not found.</source>
        <translation>
            <numerusform>未找到项目的 %n 个图层文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Publish Project</source>
        <translation>无法发布项目</translation>
    </message>
    <message>
        <source>Saved to the database.</source>
        <translation>已保存到数据库。</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation>（我的）</translation>
    </message>
    <message>
        <source>Saved; your edits are kept beside theirs as “… (mine)”.</source>
        <translation>已保存；您的编辑作为“…（我的）”保留在他们的编辑旁边。</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Nothing was saved; your edits are still unsaved.</source>
        <translation>未保存任何内容；您的编辑仍未保存。</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>只读项目</translation>
    </message>
    <message>
        <source>You may open this project but not change it, so nothing was saved. Your edits are still here, unsaved: File ▸ Save a Copy as File… keeps them.

%1</source>
        <translation>您可以打开此项目但不能更改它，因此未保存任何内容。您的编辑仍在此处，未保存：文件 ▸ 另存副本为文件… 可保留它们。

%1</translation>
    </message>
    <message>
        <source>Reloaded: the project is as saved in the database.</source>
        <translation>已重新加载：项目与数据库中保存的一致。</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>实时更新已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1</source>
        <translation>
            <numerusform>%1 的 %n 处更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::edits</name>
    <message>
        <source>New candidate</source>
        <translation>新建候选方案</translation>
    </message>
    <message>
        <source>New candidate from ranking</source>
        <translation>由排序新建候选方案</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>删除候选方案</translation>
    </message>
    <message>
        <source>Rename candidate</source>
        <translation>重命名候选方案</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> 副本</translation>
    </message>
    <message>
        <source>Duplicate candidate</source>
        <translation>复制候选方案</translation>
    </message>
    <message>
        <source>Change candidate colour</source>
        <translation>更改候选方案颜色</translation>
    </message>
    <message>
        <source>Select parcels</source>
        <translation>选择地块</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>绘制多边形</translation>
    </message>
    <message>
        <source>Edit polygon</source>
        <translation>编辑多边形</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>删除多边形</translation>
    </message>
</context>
</TS>
