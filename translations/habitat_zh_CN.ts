<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <source>Run 'habitat-cli &lt;command&gt; --help' for a command's options.</source>
      <translation>运行“habitat-cli &lt;命令&gt; --help”查看命令选项。</translation>
    </message>
    <message>
      <source>habitat-cli: unknown command '%1'</source>
      <translation>habitat-cli：未知命令“%1”</translation>
    </message>
  </context>
  <context>
    <name>hp::gui::MainWindow</name>
    <message>
      <source>Habitat Planner</source>
      <translation>栖息地规划</translation>
    </message>
  </context>
</TS>