<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>ErrorText</name>
    <message>
      <source>file not found</source>
      <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
      <source>the file cannot be read</source>
      <translation>파일을 읽을 수 없음</translation>
    </message>
    <message>
      <source>unrecognised file format</source>
      <translation>알 수 없는 파일 형식</translation>
    </message>
    <message>
      <source>no coordinate reference system</source>
      <translation>좌표 참조계 없음</translation>
    </message>
    <message>
      <source>not georeferenced</source>
      <translation>지리 참조 없음</translation>
    </message>
    <message>
      <source>empty layer</source>
      <translation>빈 레이어</translation>
    </message>
    <message>
      <source>no such layer</source>
      <translation>해당 레이어 없음</translation>
    </message>
    <message>
      <source>no such field</source>
      <translation>해당 필드 없음</translation>
    </message>
    <message>
      <source>reprojection failed</source>
      <translation>재투영 실패</translation>
    </message>
    <message>
      <source>corrupt data</source>
      <translation>손상된 데이터</translation>
    </message>
    <message>
      <source>invalid geometry</source>
      <translation>잘못된 도형</translation>
    </message>
    <message>
      <source>invalid input</source>
      <translation>잘못된 입력</translation>
    </message>
    <message>
      <source>invalid model configuration</source>
      <translation>잘못된 모델 설정</translation>
    </message>
    <message>
      <source>the file cannot be written</source>
      <translation>파일을 쓸 수 없음</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>취소됨</translation>
    </message>
    <message>
      <source>error</source>
      <translation>오류</translation>
    </message>
  </context>
  <context>
    <name>habitat-cli</name>
    <message>
      <source>Describe a raster or vector file: format, CRS, extent, bands or fields</source>
      <translation>래스터 또는 벡터 파일 설명: 형식, 좌표계, 범위, 밴드 또는 필드</translation>
    </message>
    <message>
      <source>Write the bundled sample region (south-west Primorsky Krai) to a folder</source>
      <translation>내장 예제 지역(연해주 남서부)을 폴더에 쓰기</translation>
    </message>
    <message>
      <source>Describe a raster or vector file.</source>
      <translation>래스터 또는 벡터 파일을 설명합니다.</translation>
    </message>
    <message>
      <source>File GDAL can read</source>
      <translation>GDAL이 읽을 수 있는 파일</translation>
    </message>
    <message>
      <source>Write the sample region to a folder.</source>
      <translation>예제 지역을 폴더에 씁니다.</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>출력 폴더</translation>
    </message>
    <message>
      <source>Random seed (default 1)</source>
      <translation>난수 시드(기본값 1)</translation>
    </message>
    <message>
      <source>habitat-cli sample: --out DIR is required</source>
      <translation>habitat-cli sample: --out 폴더가 필요합니다</translation>
    </message>
    <message>
      <source>habitat-cli sample: --seed must be a whole number</source>
      <translation>habitat-cli sample: --seed는 정수여야 합니다</translation>
    </message>
    <message>
      <source>Usage: habitat-cli &lt;command&gt; [options]</source>
      <translation>사용법: habitat-cli &lt;명령&gt; [옵션]</translation>
    </message>
    <message>
      <source>Commands:</source>
      <translation>명령:</translation>
    </message>
    <message>
      <source>Run 'habitat-cli &lt;command&gt; --help' for a command's options.</source>
      <translation>명령의 옵션은 'habitat-cli &lt;명령&gt; --help'로 확인하십시오.</translation>
    </message>
    <message>
      <source>habitat-cli: unknown command '%1'</source>
      <translation>habitat-cli: 알 수 없는 명령 '%1'</translation>
    </message>
  </context>
  <context>
    <name>hp::gui::MainWindow</name>
    <message>
      <source>Habitat Planner</source>
      <translation>서식지 플래너</translation>
    </message>
  </context>
</TS>