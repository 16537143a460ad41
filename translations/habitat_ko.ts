<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CandidateMapLayer</name>
    <message>
        <source>Candidate reserves</source>
        <translation>후보 보호구역</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
</context>
<context>
    <name>CorridorMapLayer</name>
    <message>
        <source>Corridors</source>
        <translation>통로</translation>
    </message>
    <message>
        <source>the reserve</source>
        <translation>보호구역</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a corridor between two places: %1 and %2 (the reserve or a candidate&apos;s name)</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Mean width</source>
        <translation>평균 폭</translation>
    </message>
    <message>
        <source>Corridor area</source>
        <translation>통로 면적</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message numerus="yes">
        <source>Least-cost corridors: %n link(s) computed</source>
        <translation>
            <numerusform>최소 비용 통로: 연결 %n개 계산됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn</source>
        <translation>
            <numerusform>%n개 표시</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>cannot connect to the database</source>
        <translation>데이터베이스에 연결할 수 없음</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>someone else changed it meanwhile</source>
        <translation>그 사이에 다른 사람이 변경함</translation>
    </message>
</context>
<context>
    <name>LayoutTexts</name>
    <message>
        <source>Candidate reserves for the Amur leopard</source>
        <translation>아무르표범 후보 보호구역</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Candidate reserves: area, cost and leopards</source>
        <translation>후보 보호구역: 면적, 비용 및 표범 수</translation>
    </message>
    <message>
        <source>Top-ranked parcels</source>
        <translation>우선순위 상위 필지</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>축척</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>좌표 참조계</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>자료 출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>작성일</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>대상 지역</translation>
    </message>
    <message>
        <source>Map area</source>
        <translation>지도 범위</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>Area, km²</source>
        <translation>면적, km²</translation>
    </message>
    <message>
        <source>Area, sq mi</source>
        <translation>면적, sq mi</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>비용, USD</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>표범 수</translation>
    </message>
    <message>
        <source>Range (min–max)</source>
        <translation>범위(최소–최대)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>Leopards added</source>
        <translation>추가 표범 수</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The letter on a map&apos;s north arrow.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Forest canopy cover</source>
        <translation>산림 수관 피복률</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>산림 수관 피복률(%)</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>유역</translation>
    </message>
    <message>
        <source>Land parcels</source>
        <translation>토지 필지</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>기존 보호구역</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>보호구역</translation>
    </message>
    <message>
        <source>With reserve</source>
        <translation>보호구역 포함</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>The legend&apos;s line for least-cost corridors between the reserve and the candidates.</extracomment>
        <translation>통로</translation>
    </message>
    <message>
        <source>Corridor cost, km</source>
        <extracomment>Least accumulated cost of the corridor to the reserve, in km through full forest.</extracomment>
        <translation>통로 비용, km</translation>
    </message>
    <message>
        <source>Corridor length, km</source>
        <translation>통로 길이, km</translation>
    </message>
    <message>
        <source>Corridor width, km</source>
        <extracomment>Mean width of the corridor to the reserve.</extracomment>
        <translation>통로 폭, km</translation>
    </message>
    <message>
        <source>touches</source>
        <extracomment>A table cell: the candidate touches the reserve, no corridor is needed.</extracomment>
        <translation>접함</translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>A table cell: no path from the reserve reaches the candidate.</extracomment>
        <translation>도달 불가</translation>
    </message>
    <message>
        <source>Chosen in %1 of %2 scenarios</source>
        <translation>시나리오 %2개 중 %1개에서 선택</translation>
    </message>
    <message>
        <source>Chosen in %1 to %2 of %3 scenarios</source>
        <translation>시나리오 %3개 중 %1~%2개에서 선택</translation>
    </message>
</context>
<context>
    <name>MapLayer</name>
    <message>
        <source>File: %1
CRS: %2 (%3)</source>
        <translation>파일: %1
좌표계: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>MarxanCandidate</name>
    <message>
        <source>%1: the solution selects no planning unit</source>
        <translation>%1: 해가 계획 단위를 하나도 선택하지 않습니다</translation>
    </message>
    <message>
        <source>Marxan %1</source>
        <translation>Marxan %1</translation>
    </message>
    <message>
        <source>New candidate from a Marxan solution</source>
        <translation>Marxan 해로부터 새 후보</translation>
    </message>
</context>
<context>
    <name>PatchMapLayer</name>
    <message>
        <source>Habitat patches</source>
        <translation>서식지 패치</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>패치 %1</translation>
    </message>
    <message>
        <source>Habitat area</source>
        <translation>서식지 면적</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>표범 수</translation>
    </message>
    <message>
        <source>Leopard-equivalents</source>
        <translation>표범 환산 수</translation>
    </message>
    <message>
        <source>Large enough for a territory</source>
        <translation>세력권 하나에 충분한 크기</translation>
    </message>
    <message>
        <source>no (under %1 km²)</source>
        <translation>아니요(%1 km² 미만)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Habitat patch (room for a territory)</source>
        <translation>서식지 패치(세력권 수용 가능)</translation>
    </message>
    <message>
        <source>Patch too small for one territory</source>
        <translation>세력권 하나에 너무 작은 패치</translation>
    </message>
    <message>
        <source>Habitat patches of the active candidate: none</source>
        <translation>활성 후보의 서식지 패치: 없음</translation>
    </message>
    <message>
        <source>Habitat patches of the active candidate: %1, of which %2 too small for one territory (under %3 km²)</source>
        <translation>활성 후보의 서식지 패치: %1개, 그중 %2개는 세력권 하나에 너무 작음(%3 km² 미만)</translation>
    </message>
</context>
<context>
    <name>RasterMapLayer</name>
    <message>
        <source>Pixel %1, %2</source>
        <translation>픽셀 %1, %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>밴드 %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 band(s) of %4</source>
        <translation>%1 × %2 픽셀, %4 밴드 %3개</translation>
    </message>
    <message>
        <source>Reprojected on the fly to the map CRS</source>
        <translation>지도 좌표계로 실시간 재투영됨</translation>
    </message>
</context>
<context>
    <name>RobustnessMapLayer</name>
    <message>
        <source>Robustness</source>
        <translation>견고성</translation>
    </message>
    <message>
        <source>Chosen in %1 of %2 scenarios</source>
        <translation>시나리오 %2개 중 %1개에서 선택</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>필지 %1</translation>
    </message>
    <message>
        <source>In the budget optimum</source>
        <translation>예산 최적해에 포함</translation>
    </message>
    <message>
        <source>Parcels by the share of %1 scenarios whose budget optimum buys them: %2 in every one, %3 in at least one</source>
        <translation>시나리오 %1개 중 예산 최적해가 구입하는 비율에 따른 필지: 모든 시나리오에서 %2개, 적어도 하나에서 %3개</translation>
    </message>
</context>
<context>
    <name>SampleRegion</name>
    <message>
        <source>Generating the sample region…</source>
        <translation>예제 지역 생성 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sample region</source>
        <translation>예제 지역</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>산림 수관 피복률(%)</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>유역</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>보호구역</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>예기치 않은 오류: %1</translation>
    </message>
</context>
<context>
    <name>VectorMapLayer</name>
    <message>
        <source>Feature %1</source>
        <translation>객체 %1</translation>
    </message>
    <message numerus="yes">
        <source>Layer &apos;%1&apos;, %n feature(s)</source>
        <translation>
            <numerusform>레이어 &apos;%1&apos;, 객체 %n개</numerusform>
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
        <source>Run &apos;habitat-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>명령의 옵션은 &apos;habitat-cli &lt;명령&gt; --help&apos;로 확인하십시오.</translation>
    </message>
    <message>
        <source>habitat-cli: unknown command &apos;%1&apos;</source>
        <translation>habitat-cli: 알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>habitat-cli capacity: warning: %1: %2</source>
        <translation>habitat-cli capacity: 경고: %1: %2</translation>
    </message>
    <message>
        <source>How many Amur leopards each parcel can hold (docs/MODEL.md). One row per parcel, evaluated on its own.</source>
        <translation>각 필지가 수용할 수 있는 아무르표범 수(docs/MODEL.md). 필지마다 한 행, 개별 평가.</translation>
    </message>
    <message>
        <source>Forest canopy cover raster, 0-100 %</source>
        <translation>산림 수관 피복률 래스터, 0–100 %</translation>
    </message>
    <message>
        <source>River basin polygons: habitat lies only inside them</source>
        <translation>유역 폴리곤: 서식지는 그 안에만 있음</translation>
    </message>
    <message>
        <source>Parcel polygons</source>
        <translation>필지 폴리곤</translation>
    </message>
    <message>
        <source>Existing reserve polygons: adds a row with id &apos;reserve&apos;</source>
        <translation>기존 보호구역 폴리곤: id가 &apos;reserve&apos;인 행 추가</translation>
    </message>
    <message>
        <source>Model configuration (JSON); defaults when left out</source>
        <translation>모델 설정(JSON); 생략하면 기본값</translation>
    </message>
    <message>
        <source>Parcel field for the id column (default parcel_id, else the feature id)</source>
        <translation>id 열에 쓸 필지 필드(기본값 parcel_id, 없으면 객체 id)</translation>
    </message>
    <message>
        <source>Output: .csv, .json, or .gpkg (the parcels with the result columns)</source>
        <translation>출력: .csv, .json 또는 .gpkg(결과 열이 추가된 필지)</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core)</source>
        <translation>작업 스레드 수(기본값: 코어당 하나)</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>stderr에 진행 상황 표시</translation>
    </message>
    <message>
        <source>Project (.hplan): its forest, basins, parcels, reserve and model</source>
        <translation>프로젝트(.hplan): 산림, 유역, 필지, 보호구역, 모델</translation>
    </message>
    <message>
        <source>With --project: one row per candidate reserve (id = its name), then the reserve alone</source>
        <translation>--project와 함께: 후보 보호구역마다 한 행(id = 이름), 마지막에 기존 보호구역</translation>
    </message>
    <message>
        <source>With --project: forest version N (0 = the original) or &apos;latest&apos; (default: the active one)</source>
        <translation>--project와 함께: 산림 버전 N(0 = 원본) 또는 &apos;latest&apos;(기본값: 활성 버전)</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates and --forest-version need --project</source>
        <translation>habitat-cli capacity: --candidates와 --forest-version에는 --project가 필요합니다</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --%1 is required</source>
        <translation>habitat-cli capacity: --%1이(가) 필요합니다</translation>
    </message>
    <message>
        <source>habitat-cli capacity: %1: the output must end in .csv, .json or .gpkg</source>
        <translation>habitat-cli capacity: %1: 출력 파일은 .csv, .json 또는 .gpkg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --threads must be a whole number from 1</source>
        <translation>habitat-cli capacity: --threads는 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --forest-version takes a version number or &apos;latest&apos;</source>
        <translation>habitat-cli capacity: --forest-version에는 버전 번호 또는 &apos;latest&apos;를 지정합니다</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates writes .csv or .json</source>
        <translation>habitat-cli capacity: --candidates는 .csv 또는 .json으로 씁니다</translation>
    </message>
    <message>
        <source>Solve a Marxan problem (input.dat) exactly with CBC: output_best.csv, output_sum.csv, summary.json</source>
        <translation>CBC로 Marxan 문제(input.dat)를 정확히 풀기: output_best.csv, output_sum.csv, summary.json</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version of a project</source>
        <translation>위성 영상을 프로젝트의 새 산림 피복 버전으로 가져오기</translation>
    </message>
    <message>
        <source>How many leopards each parcel can hold: CSV, JSON or GeoPackage with area, habitat, patches and leopards</source>
        <translation>각 필지가 수용할 수 있는 표범 수: 면적, 서식지, 패치, 표범 수를 담은 CSV, JSON 또는 GeoPackage</translation>
    </message>
    <message>
        <source>Write a parcel layer as Marxan input files (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</source>
        <translation>필지 레이어를 Marxan 입력 파일로 쓰기(input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</translation>
    </message>
    <message>
        <source>Parcel polygons (projected CRS)</source>
        <translation>필지 폴리곤(투영 좌표계)</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id)</source>
        <translation>필지 id 필드(기본값 parcel_id)</translation>
    </message>
    <message>
        <source>Cost field (default price_usd)</source>
        <translation>비용 필드(기본값 price_usd)</translation>
    </message>
    <message>
        <source>Numeric field to use as a conservation feature (repeatable)</source>
        <translation>보전 대상으로 쓸 숫자 필드(반복 가능)</translation>
    </message>
    <message>
        <source>Target as a proportion of each feature&apos;s total (default 0.3)</source>
        <translation>각 보전 대상 총량에 대한 목표 비율(기본값 0.3)</translation>
    </message>
    <message>
        <source>Boundary length modifier, cost per km (default 0)</source>
        <translation>경계 길이 계수, km당 비용(기본값 0)</translation>
    </message>
    <message>
        <source>Parcel ids locked in (status 2)</source>
        <translation>반드시 포함할 필지 id(상태 2)</translation>
    </message>
    <message>
        <source>Parcel ids locked out (status 3)</source>
        <translation>반드시 제외할 필지 id(상태 3)</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --parcels FILE, --feature-field NAME and --out DIR are required</source>
        <translation>habitat-cli marxan-export: --parcels 파일, --feature-field 이름, --out 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --target-prop must lie in (0, 1]</source>
        <translation>habitat-cli marxan-export: --target-prop은 (0, 1] 범위여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-export: --blm은 0 이상의 수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: warning: %1</source>
        <translation>habitat-cli marxan-export: 경고: %1</translation>
    </message>
    <message>
        <source>%1 planning units, %2 features, %3 boundary rows</source>
        <translation>계획 단위 %1개, 보전 대상 %2개, 경계 행 %3개</translation>
    </message>
    <message>
        <source>Solve a Marxan problem exactly: least cost plus BLM x boundary with every feature&apos;s target met.</source>
        <translation>Marxan 문제를 정확히 풀기: 모든 보전 대상의 목표를 충족하면서 비용 + BLM × 경계를 최소화.</translation>
    </message>
    <message>
        <source>Marxan input.dat naming pu.dat, spec.dat, puvspr.dat and bound.dat</source>
        <translation>pu.dat, spec.dat, puvspr.dat, bound.dat를 가리키는 Marxan input.dat</translation>
    </message>
    <message>
        <source>Output folder (default: OUTPUTDIR of input.dat)</source>
        <translation>출력 폴더(기본값: input.dat의 OUTPUTDIR)</translation>
    </message>
    <message>
        <source>Time limit in seconds (default 60)</source>
        <translation>시간 제한, 초(기본값 60)</translation>
    </message>
    <message>
        <source>Stop once proven within this relative gap (default 0.0001 = 0.01 %)</source>
        <translation>상대 격차가 이 값 이내로 증명되면 중지(기본값 0.0001 = 0.01 %)</translation>
    </message>
    <message>
        <source>Boundary length modifier, overriding BLM of input.dat</source>
        <translation>input.dat의 BLM을 대신할 경계 길이 계수</translation>
    </message>
    <message>
        <source>Solver random seed (default 1)</source>
        <translation>솔버 난수 시드(기본값 1)</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: exactly one input.dat is required</source>
        <translation>habitat-cli marxan-solve: input.dat가 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --time-limit must be a positive number of seconds</source>
        <translation>habitat-cli marxan-solve: --time-limit은 양의 초 단위 수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --gap must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --gap은 0 이상의 수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --seed must be a whole number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --seed는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --blm은 0 이상의 수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: warning: %1</source>
        <translation>habitat-cli marxan-solve: 경고: %1</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: %1: no solution found within %2 s (%3)</source>
        <translation>habitat-cli marxan-solve: %1: %2초 안에 해를 찾지 못함(%3)</translation>
    </message>
    <message>
        <source>score %1  cost %2  boundary %3  units %4 of %5  targets met %6 of %7</source>
        <translation>점수 %1  비용 %2  경계 %3  단위 %4/%5  달성 목표 %6/%7</translation>
    </message>
    <message>
        <source>proven gap %1 %  (%2, %3 s, %4 nodes)</source>
        <translation>증명된 격차 %1 %  (%2, %3초, 노드 %4개)</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after, and the change map</source>
        <translation>프로젝트의 두 산림 버전 비교: 전후 수용력과 변화 지도</translation>
    </message>
    <message>
        <source>Rank parcels for acquisition: greedy order by leopards per dollar and the best set within a budget</source>
        <translation>매입할 필지 순위 매기기: 달러당 표범 수에 따른 탐욕적 순서와 예산 내 최적 조합</translation>
    </message>
    <message>
        <source>Import a Marxan solution (output_best, output_ssoln) as a project candidate or a parcel column</source>
        <translation>Marxan 해(output_best, output_ssoln)를 프로젝트 후보 또는 필지 열로 가져오기</translation>
    </message>
    <message>
        <source>A project&apos;s candidates (and parcels with their capacity) as GeoPackage, Shapefile, GeoJSON, KML or CSV</source>
        <translation>프로젝트의 후보(및 수용력이 포함된 필지)를 GeoPackage, Shapefile, GeoJSON, KML 또는 CSV로 내보내기</translation>
    </message>
    <message>
        <source>A project&apos;s map as a printed page in the reader&apos;s language: PDF, SVG or PNG</source>
        <translation>프로젝트 지도를 독자의 언어로 된 인쇄용 페이지로 내보내기: PDF, SVG 또는 PNG</translation>
    </message>
    <message>
        <source>A project&apos;s map as one printed page: title, map, legend, scale bars, north arrow, graticule, locator, the candidates&apos; figures; PDF, SVG or PNG.</source>
        <translation>프로젝트 지도를 인쇄용 한 페이지로 내보냅니다: 제목, 지도, 범례, 축척 막대, 방위표, 경위선망, 위치도, 후보별 수치; PDF, SVG 또는 PNG.</translation>
    </message>
    <message>
        <source>Project (.hplan)</source>
        <translation>프로젝트(.hplan)</translation>
    </message>
    <message>
        <source>Fit the map to this candidate (default: the project&apos;s view)</source>
        <translation>지도를 이 후보에 맞춤(기본값: 프로젝트의 보기)</translation>
    </message>
    <message>
        <source>Output: .pdf, .svg or .png (the page), or .tif (the map alone, georeferenced)</source>
        <translation>출력: .pdf, .svg 또는 .png(페이지), 또는 .tif(지도만, 지리 참조됨)</translation>
    </message>
    <message>
        <source>Language of the page: en, ru, zh_CN, ko, en+ru, en+zh_CN or en+ko</source>
        <translation>페이지 언어: en, ru, zh_CN, ko, en+ru, en+zh_CN 또는 en+ko</translation>
    </message>
    <message>
        <source>Paper: A4, A3 or Letter (default A4)</source>
        <translation>용지: A4, A3 또는 Letter(기본값 A4)</translation>
    </message>
    <message>
        <source>Landscape instead of portrait</source>
        <translation>세로 대신 가로 방향</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG, and of rasters inside a PDF or SVG (default 150)</source>
        <translation>PNG 및 PDF·SVG 안 래스터의 인치당 픽셀 수(기본값 150)</translation>
    </message>
    <message>
        <source>Title of the page (default: a title in the page&apos;s language)</source>
        <translation>페이지 제목(기본값: 페이지 언어로 된 제목)</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --%1 is required</source>
        <translation>habitat-cli export-map: --%1이(가) 필요합니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: %1: the output must end in .pdf, .svg, .png or .tif</source>
        <translation>habitat-cli export-map: %1: 출력 파일은 .pdf, .svg, .png 또는 .tif로 끝나야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --lang must be one of %1</source>
        <translation>habitat-cli export-map: --lang은 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --page must be A4, A3 or Letter</source>
        <translation>habitat-cli export-map: --page는 A4, A3 또는 Letter여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --dpi must be a whole number from 30 to 1200</source>
        <translation>habitat-cli export-map: --dpi는 30에서 1200 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: the project has no candidate &apos;%1&apos; (it has: %2)</source>
        <translation>habitat-cli export-map: 프로젝트에 후보 &apos;%1&apos;이(가) 없습니다(있는 후보: %2)</translation>
    </message>
    <message>
        <source>habitat-cli export-map: warning: %1: file not found</source>
        <translation>habitat-cli export-map: 경고: %1: 파일을 찾을 수 없음</translation>
    </message>
    <message>
        <source>habitat-cli export-map: warning: %1</source>
        <translation>habitat-cli export-map: 경고: %1</translation>
    </message>
    <message>
        <source>Project file (.hplan) to add a candidate to</source>
        <translation>후보를 추가할 프로젝트 파일(.hplan)</translation>
    </message>
    <message>
        <source>Marxan solution: output_best.csv, output_rNNNNN.csv or output_ssoln.csv</source>
        <translation>Marxan 해: output_best.csv, output_rNNNNN.csv 또는 output_ssoln.csv</translation>
    </message>
    <message>
        <source>Name of the new candidate (default: Marxan and the file name)</source>
        <translation>새 후보의 이름(기본값: Marxan과 파일 이름)</translation>
    </message>
    <message>
        <source>Parcel layer to copy with the solution as a column</source>
        <translation>해를 열로 추가하여 복사할 필지 레이어</translation>
    </message>
    <message>
        <source>Name of the new integer column (default marxan)</source>
        <translation>새 정수 열의 이름(기본값 marxan)</translation>
    </message>
    <message>
        <source>Output vector file for --parcels</source>
        <translation>--parcels용 출력 벡터 파일</translation>
    </message>
    <message>
        <source>--solution FILE is required</source>
        <translation>--solution 파일이 필요합니다</translation>
    </message>
    <message>
        <source>give either --project P or --parcels FILE --out FILE</source>
        <translation>--project P 또는 --parcels 파일 --out 파일 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--candidate needs a name</source>
        <translation>--candidate에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--parcels needs --out FILE</source>
        <translation>--parcels에는 --out 파일이 필요합니다</translation>
    </message>
    <message>
        <source>--field needs a name</source>
        <translation>--field에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>Rank parcels for acquisition: a greedy order by leopards gained per dollar, and the set that holds the most leopards within a budget (docs/RANKING.md).</source>
        <translation>매입할 필지 순위 매기기: 달러당 증가 표범 수에 따른 탐욕적 순서와, 예산 내에서 가장 많은 표범을 수용하는 조합(docs/RANKING.md).</translation>
    </message>
    <message>
        <source>Parcel polygons with an id and a price</source>
        <translation>id와 가격이 있는 필지 폴리곤</translation>
    </message>
    <message>
        <source>Existing reserve polygons: always in, parcels next to it join its patches</source>
        <translation>기존 보호구역 폴리곤: 항상 포함되며, 인접한 필지는 그 패치에 합쳐짐</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id, else the feature id)</source>
        <translation>필지 id 필드(기본값 parcel_id, 없으면 객체 id)</translation>
    </message>
    <message>
        <source>Parcel price field in USD (default price_usd)</source>
        <translation>USD 단위 필지 가격 필드(기본값 price_usd)</translation>
    </message>
    <message>
        <source>Money available, USD</source>
        <translation>사용 가능 금액, USD</translation>
    </message>
    <message>
        <source>Compactness: leopards given up per km of the selection&apos;s boundary (default 0)</source>
        <translation>조밀도: 선택 영역 경계 1 km당 포기하는 표범 수(기본값 0)</translation>
    </message>
    <message>
        <source>Parcel ids always bought</source>
        <translation>항상 매입할 필지 id</translation>
    </message>
    <message>
        <source>Parcel ids never bought</source>
        <translation>매입하지 않을 필지 id</translation>
    </message>
    <message>
        <source>Seconds for the budget optimum&apos;s search (default 60)</source>
        <translation>예산 최적안 탐색 시간, 초(기본값 60)</translation>
    </message>
    <message>
        <source>Seed of the solver (default 1)</source>
        <translation>솔버 시드(기본값 1)</translation>
    </message>
    <message>
        <source>The acquisition order, CSV</source>
        <translation>매입 순서, CSV</translation>
    </message>
    <message>
        <source>The budget optimum&apos;s summary, JSON</source>
        <translation>예산 최적안 요약, JSON</translation>
    </message>
    <message>
        <source>--%1 and --project exclude each other</source>
        <translation>--%1과(와) --project는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--forest-version needs --project</source>
        <translation>--forest-version에는 --project가 필요합니다</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1이(가) 필요합니다</translation>
    </message>
    <message>
        <source>--budget takes an amount in USD, 0 or more</source>
        <translation>--budget에는 0 이상의 USD 금액을 지정합니다</translation>
    </message>
    <message>
        <source>--blm takes a number, 0 or more</source>
        <translation>--blm에는 0 이상의 수를 지정합니다</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds above 0</source>
        <translation>--time-limit에는 0보다 큰 초 단위 수를 지정합니다</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed에는 정수를 지정합니다</translation>
    </message>
    <message>
        <source>--forest-version takes a version number or &apos;latest&apos;</source>
        <translation>--forest-version에는 버전 번호 또는 &apos;latest&apos;를 지정합니다</translation>
    </message>
    <message>
        <source>habitat-cli rank: warning: %1</source>
        <translation>habitat-cli rank: 경고: %1</translation>
    </message>
    <message>
        <source>selected %1 of %2 parcels for %3 USD (budget %4): %5 leopards (%6 fractional), %7 with the reserve alone</source>
        <translation>필지 %2개 중 %1개 선택, %3 USD(예산 %4): 표범 %5마리(소수 %6), 기존 보호구역만으로는 %7마리</translation>
    </message>
    <message>
        <source>area %1 km², boundary %2 km</source>
        <translation>면적 %1 km², 경계 %2 km</translation>
    </message>
    <message>
        <source>proven optimal (no selection within the budget holds more than %1 leopards)</source>
        <translation>최적성 증명됨(예산 내 어떤 선택도 표범 %1마리보다 많이 수용하지 못함)</translation>
    </message>
    <message>
        <source>proven gap %1 %: no selection within the budget holds more than %2 leopards</source>
        <translation>증명된 격차 %1 %: 예산 내 어떤 선택도 표범 %2마리보다 많이 수용하지 못함</translation>
    </message>
    <message>
        <source>Write a parcel layer as a Marxan problem: one planning unit per parcel, one feature per numeric field, boundaries from shared parcel edges (km). Planning units are numbered (the parcel ids when all are whole numbers); input/parcel_ids.csv says which parcel each number is.</source>
        <translation>필지 레이어를 Marxan 문제로 기록합니다: 필지마다 계획 단위 하나, 숫자 필드마다 지형지물 하나, 경계는 필지가 공유하는 변(km)에서 가져옵니다. 계획 단위에는 번호가 매겨지며(모든 필지 ID가 정수이면 그 ID), input/parcel_ids.csv가 각 번호가 어느 필지인지 알려 줍니다.</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)</source>
        <translation>habitat-cli marxan-export: --lock-in과 --lock-out은 쉼표로 구분한 필지 ID를 받습니다(쉼표가 들어 있는 ID는 큰따옴표로 묶음)</translation>
    </message>
    <message>
        <source>Import a Marxan solution (output_best, output_ssoln) as a project candidate or as a parcel column. Planning units are named by the parcel_ids.csv marxan-export writes (found beside the solution or in ../input), else their numbers are the parcel ids.</source>
        <translation>Marxan 해(output_best, output_ssoln)를 프로젝트 후보 또는 필지 열로 가져옵니다. 계획 단위의 이름은 marxan-export가 기록한 parcel_ids.csv(해 옆이나 ../input에 있음)에서 가져오며, 없으면 번호가 곧 필지 ID입니다.</translation>
    </message>
    <message>
        <source>Table of planning units and parcel ids (puid,parcel_id; default: the parcel_ids.csv marxan-export wrote)</source>
        <translation>계획 단위와 필지 ID 표(puid,parcel_id; 기본값: marxan-export가 기록한 parcel_ids.csv)</translation>
    </message>
    <message>
        <source>--lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)</source>
        <translation>--lock-in과 --lock-out은 쉼표로 구분한 필지 ID를 받습니다(쉼표가 들어 있는 ID는 큰따옴표로 묶음)</translation>
    </message>
    <message>
        <source>Open a project even if it names files outside its folder or on the network</source>
        <translation>프로젝트가 폴더 밖이나 네트워크의 파일을 가리켜도 엽니다</translation>
    </message>
    <message>
        <source>Publish a .hplan to a team database (PostgreSQL/PostGIS), or copy a project back to a .hplan</source>
        <translation>.hplan을 팀 데이터베이스(PostgreSQL/PostGIS)에 게시하거나 프로젝트를 .hplan으로 다시 복사</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>후보 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the output is an input file; choose another output path</source>
        <translation>%1: 출력 파일이 입력 파일 중 하나입니다. 다른 출력 경로를 선택하십시오</translation>
    </message>
    <message>
        <source>Least-cost corridors from the reserve to each candidate and between candidates: cost, length, width, path</source>
        <translation>보호구역에서 각 후보지까지와 후보지 사이의 최소 비용 회랑: 비용, 길이, 폭, 경로</translation>
    </message>
    <message>
        <source>Also rank under other model assumptions and count, per parcel, in how many it is bought: &apos;default&apos; (the built-in grid: territory 16, 40, 80, 120 sq mi, habitat threshold ±10) or a JSON list of model overrides</source>
        <translation>다른 모델 가정에서도 순위를 매기고, 필지마다 몇 개의 가정에서 구입되는지 셉니다: &apos;default&apos;(내장 격자: 영역 16, 40, 80, 120 제곱마일, 서식지 임계값 ±10) 또는 모델 재정의의 JSON 목록</translation>
    </message>
    <message>
        <source>--scenarios takes &apos;default&apos; or a JSON file</source>
        <translation>--scenarios 는 &apos;default&apos; 또는 JSON 파일을 받습니다</translation>
    </message>
    <message>
        <source>scenario %1: %2 leopards, %3 parcels for %4 USD</source>
        <translation>시나리오 %1: 표범 %2마리, 필지 %3개, %4 USD</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 parcels bought in every one, %3 in at least one</source>
        <translation>시나리오 %1개: 모든 시나리오에서 구입되는 필지 %2개, 하나 이상에서 %3개</translation>
    </message>
    <message>
        <source>Draw each candidate&apos;s least-cost corridor to the reserve, with a legend line and the corridor&apos;s cost, length and width in the table (as habitat-cli corridors computes them, a few seconds)</source>
        <translation>각 후보지에서 보호구역까지의 최소 비용 통로를 그리고, 범례 한 줄과 표에 통로의 비용, 길이, 폭을 넣습니다 (habitat-cli corridors와 같은 계산, 몇 초 소요)</translation>
    </message>
    <message>
        <source>Also map how robust the ranking is: parcels coloured by in how many scenarios the budget optimum buys them (&apos;default&apos;: the built-in grid, or a JSON list of model overrides, as rank --scenarios); needs --budget</source>
        <translation>순위의 견고성도 지도에 표시: 예산 최적해가 몇 개의 시나리오에서 구입하는지에 따라 필지를 색칠 (&apos;default&apos;: 내장 격자, 또는 rank --scenarios와 같은 모델 재정의 JSON 목록); --budget 필요</translation>
    </message>
    <message>
        <source>With --robustness: the ranking&apos;s budget, USD</source>
        <translation>--robustness와 함께: 순위의 예산, USD</translation>
    </message>
    <message>
        <source>With --robustness: seconds for each budget optimum&apos;s search (default 60)</source>
        <translation>--robustness와 함께: 각 예산 최적해 탐색 시간(초, 기본 60)</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --robustness takes &apos;default&apos; or a JSON file</source>
        <translation>habitat-cli export-map: --robustness는 &apos;default&apos; 또는 JSON 파일을 받습니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --robustness needs --budget, an amount in USD, 0 or more</source>
        <translation>habitat-cli export-map: --robustness에는 --budget(0 이상의 USD 금액)이 필요합니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --time-limit takes a number of seconds above 0</source>
        <translation>habitat-cli export-map: --time-limit은 0보다 큰 초를 받습니다</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --budget and --time-limit need --robustness</source>
        <translation>habitat-cli export-map: --budget과 --time-limit에는 --robustness가 필요합니다</translation>
    </message>
    <message>
        <source>Value of connecting: parcels whose least-cost distance from the existing reserve is above KM (km through full forest, as habitat-cli corridors) add no leopards</source>
        <translation>연결의 가치: 기존 보호구역으로부터의 최소 비용 거리가 KM(완전한 숲을 통과하는 km, habitat-cli corridors와 같음)보다 큰 필지는 표범을 더하지 않습니다</translation>
    </message>
    <message>
        <source>With --reach-km: the corridor grid cell in metres (default %1)</source>
        <translation>--reach-km와 함께: 통로 격자 셀 크기(미터, 기본 %1)</translation>
    </message>
    <message>
        <source>With --reach-km: road lines, each cell they touch costs %1 more</source>
        <translation>--reach-km와 함께: 도로선, 닿는 각 셀의 비용이 %1 증가</translation>
    </message>
    <message>
        <source>With --reach-km: settlement polygons, cells they touch have resistance %1</source>
        <translation>--reach-km와 함께: 정착지 폴리곤, 닿는 셀의 저항은 %1</translation>
    </message>
    <message>
        <source>--reach-km takes a number of km, 0 or more</source>
        <translation>--reach-km은 0 이상의 km 값을 받습니다</translation>
    </message>
    <message>
        <source>--corridor-cell must be a positive number of metres</source>
        <translation>--corridor-cell은 양수의 미터 값이어야 합니다</translation>
    </message>
    <message>
        <source>--%1 needs --reach-km</source>
        <translation>--%1에는 --reach-km이 필요합니다</translation>
    </message>
    <message>
        <source>%1 parcels beyond reach (farther than %2 km of least cost from the reserve) add no leopards</source>
        <translation>도달 범위 밖의 필지 %1개(보호구역으로부터 최소 비용 %2 km 초과)는 표범을 더하지 않습니다</translation>
    </message>
    <message>
        <source>%1 s: atoms %2 s, shared boundaries %3 s, greedy order %4 s, budget optimum %5 s%6</source>
        <translation>%1초: 원자 %2초, 공유 경계 %3초, 탐욕 순서 %4초, 예산 최적 %5초%6</translation>
    </message>
    <message>
        <source> (stopped by the time limit)</source>
        <translation> (시간 제한으로 중지됨)</translation>
    </message>
</context>
<context>
    <name>habitat-planner</name>
    <message>
        <source>Plan Amur leopard reserves on a map.</source>
        <translation>지도에서 아무르표범 보호구역을 계획합니다.</translation>
    </message>
    <message>
        <source>User interface language: ru, zh_CN, ko or en.</source>
        <translation>인터페이스 언어: ru, zh_CN, ko 또는 en.</translation>
    </message>
    <message>
        <source>A project (.hplan) to open, or raster and vector files to open as layers.</source>
        <translation>열 프로젝트(.hplan) 또는 레이어로 열 래스터·벡터 파일.</translation>
    </message>
</context>
<context>
    <name>hp::cli</name>
    <message>
        <source>Import new imagery as a dated forest-cover version of a project.</source>
        <translation>새 영상을 프로젝트의 날짜가 있는 산림 피복 버전으로 가져옵니다.</translation>
    </message>
    <message>
        <source>Project file (.hplan)</source>
        <translation>프로젝트 파일(.hplan)</translation>
    </message>
    <message>
        <source>Input raster; repeat for several tiles</source>
        <translation>입력 래스터; 여러 타일이면 반복</translation>
    </message>
    <message>
        <source>canopy, ndvi, classes or loss</source>
        <translation>canopy, ndvi, classes 또는 loss</translation>
    </message>
    <message>
        <source>Band holding canopy %, classes or loss years (default 1)</source>
        <translation>수관 피복률 %, 분류 또는 손실 연도가 담긴 밴드(기본값 1)</translation>
    </message>
    <message>
        <source>Red band for NDVI (Sentinel-2: B4, Landsat 8/9: B4)</source>
        <translation>NDVI용 적색 밴드(Sentinel-2: B4, Landsat 8/9: B4)</translation>
    </message>
    <message>
        <source>Near-infrared band for NDVI (Sentinel-2: B8, Landsat 8/9: B5)</source>
        <translation>NDVI용 근적외 밴드(Sentinel-2: B8, Landsat 8/9: B5)</translation>
    </message>
    <message>
        <source>CSV table class,canopy_pct; &apos;worldcover&apos; for ESA WorldCover</source>
        <translation>CSV 표 분류,수관피복률; ESA WorldCover는 &apos;worldcover&apos;</translation>
    </message>
    <message>
        <source>Apply forest loss from this year on</source>
        <translation>이 연도부터 산림 손실 적용</translation>
    </message>
    <message>
        <source>Date of the imagery, YYYY-MM-DD</source>
        <translation>영상 날짜, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--project P is required</source>
        <translation>--project P가 필요합니다</translation>
    </message>
    <message>
        <source>--file F is required</source>
        <translation>--file F가 필요합니다</translation>
    </message>
    <message>
        <source>--band must be a band number from 1</source>
        <translation>--band는 1부터 시작하는 밴드 번호여야 합니다</translation>
    </message>
    <message>
        <source>--method ndvi needs --red-band N and --nir-band N</source>
        <translation>--method ndvi에는 --red-band N과 --nir-band N이 필요합니다</translation>
    </message>
    <message>
        <source>--method classes needs --classes TABLE.csv</source>
        <translation>--method classes에는 --classes 표.csv가 필요합니다</translation>
    </message>
    <message>
        <source>--method loss needs --loss-from YEAR</source>
        <translation>--method loss에는 --loss-from 연도가 필요합니다</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos; (canopy, ndvi, classes or loss)</source>
        <translation>알 수 없는 --method &apos;%1&apos;(canopy, ndvi, classes 또는 loss)</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after per parcel, candidate and reserve, and optionally the change map.</source>
        <translation>프로젝트의 두 산림 버전 비교: 필지, 후보, 보호구역별 전후 수용력과 선택적으로 변화 지도.</translation>
    </message>
    <message>
        <source>Forest version before (default 0, the original layer)</source>
        <translation>이전 산림 버전 (기본값 0, 원본 레이어)</translation>
    </message>
    <message>
        <source>Forest version after: a number or &apos;latest&apos; (default)</source>
        <translation>이후 산림 버전: 번호 또는 &apos;latest&apos; (기본값)</translation>
    </message>
    <message>
        <source>CSV table of capacity before and after</source>
        <translation>전후 수용력 CSV 표</translation>
    </message>
    <message>
        <source>Also write the change map (GeoTIFF: 1 loss, 2 gain)</source>
        <translation>변화 지도도 기록 (GeoTIFF: 1 손실, 2 증가)</translation>
    </message>
    <message>
        <source>Canopy change in points that counts as loss or gain (default 10)</source>
        <translation>손실 또는 증가로 보는 수관 피복 변화 (포인트, 기본값 10)</translation>
    </message>
    <message>
        <source>--out OUT.csv or --map CHANGE.tif is required</source>
        <translation>--out OUT.csv 또는 --map CHANGE.tif가 필요합니다</translation>
    </message>
    <message>
        <source>--from must be a forest version from 0 to %1</source>
        <translation>--from은 0에서 %1 사이의 산림 버전이어야 합니다</translation>
    </message>
    <message>
        <source>--to must be a forest version from 0 to %1 or &apos;latest&apos;</source>
        <translation>--to는 0에서 %1 사이의 산림 버전 또는 &apos;latest&apos;여야 합니다</translation>
    </message>
    <message>
        <source>--threshold must be a number of points from 0 to 100</source>
        <translation>--threshold는 0에서 100 사이의 포인트 수여야 합니다</translation>
    </message>
    <message>
        <source>Write a project&apos;s candidate reserves (and parcels with their capacity) for other GIS: the extension of --out picks GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson), KML (.kml, WGS 84) or CSV (.csv).</source>
        <translation>프로젝트의 후보 보호구역(및 수용력이 포함된 필지)을 다른 GIS용으로 씁니다. --out의 확장자에 따라 GeoPackage(.gpkg), Shapefile(.shp), GeoJSON(.geojson), KML(.kml, WGS 84) 또는 CSV(.csv)로 저장됩니다.</translation>
    </message>
    <message>
        <source>Only this candidate (and with parcels, only its parcels)</source>
        <translation>이 후보만(필지를 쓸 때는 이 후보의 필지만)</translation>
    </message>
    <message>
        <source>Output file: .gpkg, .shp, .geojson, .kml or .csv</source>
        <translation>출력 파일: .gpkg, .shp, .geojson, .kml 또는 .csv</translation>
    </message>
    <message>
        <source>candidates (default), parcels, or both. Shapefile, GeoJSON and CSV hold one layer: both writes FILE_candidates and FILE_parcels</source>
        <translation>candidates(기본값), parcels 또는 both. Shapefile, GeoJSON, CSV는 레이어를 하나만 담으므로 both는 FILE_candidates와 FILE_parcels를 씁니다</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>stderr에 진행 상황 표시</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out 파일이 필요합니다</translation>
    </message>
    <message>
        <source>--what takes candidates, parcels or both</source>
        <translation>--what에는 candidates, parcels 또는 both를 지정합니다</translation>
    </message>
    <message>
        <source>--ranked adds columns to the parcels: use --what parcels or both</source>
        <translation>--ranked는 필지에 열을 추가합니다: --what parcels 또는 both를 사용하십시오</translation>
    </message>
    <message>
        <source>%1: the output must end in .gpkg, .shp, .geojson, .kml or .csv</source>
        <translation>%1: 출력 파일은 .gpkg, .shp, .geojson, .kml 또는 .csv로 끝나야 합니다</translation>
    </message>
    <message>
        <source>the project has no candidate named &apos;%1&apos;</source>
        <translation>프로젝트에 &apos;%1&apos;(이)라는 후보가 없습니다</translation>
    </message>
    <message>
        <source>Copy a project between a .hplan file and a PostgreSQL/PostGIS database (postgresql://... or pg:service=...; name the project with project=NAME). A database project is created by the copy; an existing one is never overwritten.</source>
        <translation>.hplan 파일과 PostgreSQL/PostGIS 데이터베이스 사이에서 프로젝트를 복사합니다(postgresql://... 또는 pg:service=...; 프로젝트 이름은 project=NAME으로 지정). 복사할 때 데이터베이스 프로젝트가 만들어지며, 기존 프로젝트는 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The project to copy: a .hplan or a database location</source>
        <translation>복사할 프로젝트: .hplan 파일 또는 데이터베이스 위치</translation>
    </message>
    <message>
        <source>Where the copy goes: a .hplan or a database location</source>
        <translation>사본을 저장할 곳: .hplan 파일 또는 데이터베이스 위치</translation>
    </message>
    <message>
        <source>Store the layers inside the copy (a .hplan that travels alone)</source>
        <translation>레이어를 사본 안에 저장(단독으로 옮길 수 있는 .hplan)</translation>
    </message>
    <message>
        <source>--from P and --to P are required</source>
        <translation>--from P와 --to P가 필요합니다</translation>
    </message>
    <message>
        <source>Least-cost corridors from the existing reserve to each candidate, and between candidates: cost, length, width and the path, over a resistance surface from forest cover (docs/MODEL.md, Corridors).</source>
        <translation>기존 보호구역에서 각 후보지까지와 후보지 사이의 최소 비용 회랑: 산림 피복 저항 표면에서의 비용, 길이, 폭과 경로 (docs/MODEL.md, Corridors).</translation>
    </message>
    <message>
        <source>Project file (.hplan) or database project</source>
        <translation>프로젝트 파일(.hplan) 또는 데이터베이스 프로젝트</translation>
    </message>
    <message>
        <source>Forest version: a number or &apos;latest&apos; (default: the active one)</source>
        <translation>산림 버전: 번호 또는 &apos;latest&apos; (기본값: 활성 버전)</translation>
    </message>
    <message>
        <source>Corridor grid cell in metres, a whole number of forest pixels (default %1)</source>
        <translation>회랑 격자 셀 크기(미터), 산림 픽셀의 정수배 (기본값 %1)</translation>
    </message>
    <message>
        <source>Corridor: cells through which a path costs at most this much more than the least, km (default 1)</source>
        <translation>회랑: 경로 비용이 최소 비용보다 최대 이만큼 더 드는 셀, km (기본값 1)</translation>
    </message>
    <message>
        <source>Road lines: each cell they touch costs %1 more</source>
        <translation>도로 선: 닿는 각 셀의 비용이 %1 증가</translation>
    </message>
    <message>
        <source>Settlement polygons: cells they touch have resistance %1</source>
        <translation>정착지 폴리곤: 닿는 셀의 저항은 %1</translation>
    </message>
    <message>
        <source>Only the reserve to each candidate, not between candidates</source>
        <translation>보호구역에서 각 후보지까지만, 후보지 쌍은 제외</translation>
    </message>
    <message>
        <source>Corridors with their paths: .gpkg, .geojson or .csv</source>
        <translation>경로가 포함된 회랑: .gpkg, .geojson 또는 .csv</translation>
    </message>
    <message>
        <source>--out OUT is required</source>
        <translation>--out OUT 이 필요합니다</translation>
    </message>
    <message>
        <source>%1: the output must end in .gpkg, .geojson or .csv</source>
        <translation>%1: 출력 파일은 .gpkg, .geojson 또는 .csv 로 끝나야 합니다</translation>
    </message>
    <message>
        <source>--cell must be a positive number of metres</source>
        <translation>--cell 은 양의 미터 수여야 합니다</translation>
    </message>
    <message>
        <source>--slack must be a number of km from 0</source>
        <translation>--slack 은 0 이상의 km 수여야 합니다</translation>
    </message>
    <message>
        <source>--forest-version takes a version number or &apos;latest&apos;</source>
        <translation>--forest-version 은 버전 번호 또는 &apos;latest&apos; 를 받습니다</translation>
    </message>
    <message>
        <source>Add the parcels&apos; acquisition order (rank, gain_leopards, gain_fractional, leopards_per_musd; as habitat-cli rank computes it) and each parcel beside the reserve (leopards_with_reserve, added_leopards, added_leopards_min, added_leopards_max, added_per_musd) to the parcels layer</source>
        <translation>필지 레이어에 구입 순서(rank, gain_leopards, gain_fractional, leopards_per_musd; habitat-cli rank와 같은 계산)와 보호구역과 함께한 각 필지(leopards_with_reserve, added_leopards, added_leopards_min, added_leopards_max, added_per_musd)를 추가</translation>
    </message>
    <message>
        <source>Add each candidate&apos;s least-cost corridor to the reserve (corridor_reachable, corridor_cost_km, corridor_length_km, corridor_width_km; as habitat-cli corridors computes it, a few seconds) to the candidates layer</source>
        <translation>후보지 레이어에 각 후보지에서 보호구역까지의 최소 비용 통로(corridor_reachable, corridor_cost_km, corridor_length_km, corridor_width_km; habitat-cli corridors와 같은 계산, 몇 초 소요)를 추가</translation>
    </message>
    <message>
        <source>--corridors adds columns to the candidates: use --what candidates or both</source>
        <translation>--corridors는 후보지에 열을 추가합니다: --what candidates 또는 both를 사용하세요</translation>
    </message>
</context>
<context>
    <name>hp::gui::AttributeTableModel</name>
    <message>
        <source>In active candidate</source>
        <translation>활성 후보에 포함</translation>
    </message>
</context>
<context>
    <name>hp::gui::AttributeTablePanel</name>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
</context>
<context>
    <name>hp::gui::CandidateFiguresPanel</name>
    <message>
        <source>Candidate:</source>
        <translation>후보:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>면적:</translation>
    </message>
    <message>
        <source>Habitat:</source>
        <translation>서식지:</translation>
    </message>
    <message>
        <source>Habitat patches:</source>
        <translation>서식지 패치:</translation>
    </message>
    <message>
        <source>Leopards:</source>
        <translation>표범 수:</translation>
    </message>
    <message>
        <source>Leopard-equivalents:</source>
        <translation>표범 환산 수:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>비용:</translation>
    </message>
    <message>
        <source>%1 km² (%2 sq mi)</source>
        <translation>%1 km² (%2 sq mi)</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 (range %2–%3)</source>
        <extracomment>%1 whole leopards; %2–%3 the range from 120 sq mi to 16 sq mi territories</extracomment>
        <translation>%1(범위 %2–%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 USD (%n parcel(s))</source>
        <extracomment>%1 the cost in US dollars, %2 the number of parcels bought</extracomment>
        <translation>
            <numerusform>%1 USD(필지 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>With the reserve:</source>
        <translation>보호구역과 함께:</translation>
    </message>
    <message>
        <source>Added to the reserve:</source>
        <translation>보호구역에 더해짐:</translation>
    </message>
    <message>
        <source>%1 leopards (range %2–%3)</source>
        <extracomment>%1 whole leopards of the candidate and the existing reserve together; %2–%3 the range</extracomment>
        <translation>표범 %1마리 (범위 %2–%3)</translation>
    </message>
    <message>
        <source>%1 leopards (range %2 to %3), %4 km² new land</source>
        <extracomment>%1 leopards the purchase adds to the reserve (signed), %2–%3 its range, %4 new land in km²</extracomment>
        <translation>표범 %1마리 (범위 %2~%3), 새 토지 %4 km²</translation>
    </message>
    <message>
        <source>; %1 per million USD</source>
        <extracomment>%1 leopards added per million US dollars spent</extracomment>
        <translation>; 백만 USD당 %1</translation>
    </message>
    <message>
        <source>no reserve layer</source>
        <translation>보호구역 레이어 없음</translation>
    </message>
    <message>
        <source>Corridor to the reserve:</source>
        <translation>보호구역까지의 통로:</translation>
    </message>
    <message>
        <source>not computed (Analysis ▸ Compute Corridors)</source>
        <translation>계산되지 않음 (분석 ▸ 통로 계산)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>도달 불가</translation>
    </message>
    <message>
        <source>touches the reserve</source>
        <translation>보호구역과 접함</translation>
    </message>
    <message>
        <source>cost %1 km, length %2 km, mean width %3 km</source>
        <extracomment>%1 least cost (km through full forest), %2 path length, %3 mean corridor width, all in km</extracomment>
        <translation>비용 %1 km, 길이 %2 km, 평균 폭 %3 km</translation>
    </message>
</context>
<context>
    <name>hp::gui::CandidatesPanel</name>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>New empty candidate reserve</source>
        <translation>빈 후보 보호구역 새로 만들기</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Copy the selected candidate</source>
        <translation>선택한 후보 복사</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected candidate</source>
        <translation>선택한 후보 삭제</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>색상…</translation>
    </message>
    <message>
        <source>Change the selected candidate&apos;s colour</source>
        <translation>선택한 후보의 색상 변경</translation>
    </message>
    <message>
        <source>Candidate colour</source>
        <translation>후보 색상</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), %1 drawn polygon(s)</source>
        <translation>
            <numerusform>필지 %n개, 그린 폴리곤 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangeModel</name>
    <message>
        <source>Parcel</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>기존 보호구역</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Id / name</source>
        <translation>번호 / 이름</translation>
    </message>
    <message>
        <source>Leopards before</source>
        <translation>이전 표범 수</translation>
    </message>
    <message>
        <source>Leopards after</source>
        <translation>이후 표범 수</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Fractional before</source>
        <translation>이전 (소수)</translation>
    </message>
    <message>
        <source>Fractional after</source>
        <translation>이후 (소수)</translation>
    </message>
    <message>
        <source>Habitat km² before</source>
        <translation>이전 서식지 km²</translation>
    </message>
    <message>
        <source>Habitat km² after</source>
        <translation>이후 서식지 km²</translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangePanel</name>
    <message>
        <source>Export Capacity Change</source>
        <translation>수용력 변화 내보내기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>Candidates and reserve</source>
        <translation>후보와 보호구역</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>변화된 것만</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>이전:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>이후:</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>비교 실패: %1</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>비교가 취소되었습니다.</translation>
    </message>
    <message>
        <source>0 (original)</source>
        <translation>0 (원본)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Computing capacity under versions %1 and %2…</source>
        <translation>버전 %1과 %2의 수용력 계산 중…</translation>
    </message>
    <message numerus="yes">
        <source>Parcels hold %1 leopards before and %2 after; %n parcel(s) changed.</source>
        <translation>
            <numerusform>필지의 수용 표범 수는 이전 %1, 이후 %2이며 %n개 필지가 변했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::CompareCandidatesModel</name>
    <message>
        <source>Existing reserve alone</source>
        <translation>기존 보호구역만</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>Area, km²</source>
        <translation>면적, km²</translation>
    </message>
    <message>
        <source>Area, sq mi</source>
        <translation>면적, sq mi</translation>
    </message>
    <message>
        <source>Habitat, km²</source>
        <translation>서식지, km²</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>패치</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>표범 수</translation>
    </message>
    <message>
        <source>Range (120–16 sq mi)</source>
        <translation>범위(120–16 sq mi)</translation>
    </message>
    <message>
        <source>Leopard-equivalents</source>
        <translation>표범 환산 수</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>비용, USD</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>With reserve</source>
        <translation>보호구역 포함</translation>
    </message>
    <message>
        <source>Added to reserve</source>
        <translation>보호구역에 더해짐</translation>
    </message>
    <message>
        <source>Added range</source>
        <translation>증가 범위</translation>
    </message>
    <message>
        <source>Added per million USD</source>
        <translation>백만 USD당 증가</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>도달 불가</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>접함</translation>
    </message>
    <message>
        <source>Corridor cost, km</source>
        <translation>통로 비용, km</translation>
    </message>
    <message>
        <source>Corridor length, km</source>
        <translation>통로 길이, km</translation>
    </message>
    <message>
        <source>Corridor width, km</source>
        <translation>통로 폭, km</translation>
    </message>
</context>
<context>
    <name>hp::gui::CompareCandidatesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
</context>
<context>
    <name>hp::gui::DatabaseConnectionDialog</name>
    <message>
        <source>from pg_service.conf, e.g. plans</source>
        <translation>pg_service.conf에서, 예: plans</translation>
    </message>
    <message>
        <source>default: local socket</source>
        <translation>기본값: 로컬 소켓</translation>
    </message>
    <message>
        <source>default: your user name</source>
        <translation>기본값: 사용자 이름</translation>
    </message>
    <message>
        <source>default: your login</source>
        <translation>기본값: 로그인 이름</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>Publish to Database</source>
        <translation>데이터베이스에 게시</translation>
    </message>
    <message>
        <source>Open from Database</source>
        <translation>데이터베이스에서 열기</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>name of the new project</source>
        <translation>새 프로젝트 이름</translation>
    </message>
    <message>
        <source>pick one from the list</source>
        <translation>목록에서 선택</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>서비스(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass or the service file, never stored in a project.</source>
        <translation>비밀번호는 ~/.pgpass 또는 서비스 파일에서 읽으며 프로젝트에 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>게시(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Projects in this database:</source>
        <translation>이 데이터베이스의 프로젝트:</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>프로젝트(&amp;R):</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Connected to %1; it holds no projects yet.</source>
        <translation>%1에 연결됨; 아직 프로젝트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n project(s).</source>
        <translation>
            <numerusform>%1에 연결됨: 프로젝트 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>연결할 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::DrawPolygonTool</name>
    <message>
        <source>Drawing cancelled.</source>
        <translation>그리기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices; keep clicking, or press Esc to cancel.</source>
        <translation>폴리곤에는 정점이 3개 이상 필요합니다. 계속 클릭하거나 Esc 키를 눌러 취소하세요.</translation>
    </message>
    <message>
        <source>The polygon crosses itself, so nothing was added. Remove vertices with Backspace and finish again, or press Esc to cancel.</source>
        <translation>폴리곤이 자기 자신과 교차하므로 아무것도 추가하지 않았습니다. Backspace로 정점을 제거하고 다시 완료하거나 Esc 키를 눌러 취소하세요.</translation>
    </message>
</context>
<context>
    <name>hp::gui::EditConflictDialog</name>
    <message>
        <source>The project&apos;s layers and settings were changed by %1 at %2.</source>
        <translation>프로젝트의 레이어와 설정이 %2에 %1에 의해 변경되었습니다.</translation>
    </message>
    <message>
        <source>“%1”, which you deleted, was changed by %2 at %3.</source>
        <translation>삭제하신 “%1”이(가) %3에 %2에 의해 변경되었습니다.</translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3.</source>
        <translation>“%1”이(가) %3에 %2에 의해 삭제되었습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3.</source>
        <translation>“%1”이(가) %3에 %2에 의해 변경되었습니다.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>둘 다 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Someone Else Saved First</source>
        <translation>다른 사람이 먼저 저장함</translation>
    </message>
    <message>
        <source>Your save would overwrite edits someone else saved after you opened the project. Nothing was saved.</source>
        <translation>저장하면 프로젝트를 연 뒤 다른 사람이 저장한 편집을 덮어쓰게 됩니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; takes their edits and drops yours. &lt;b&gt;Keep Both&lt;/b&gt; keeps theirs and saves yours beside them as new candidates named “… (mine)”. &lt;b&gt;Cancel&lt;/b&gt; saves nothing and leaves your edits unsaved.</source>
        <translation>&lt;b&gt;다시 불러오기&lt;/b&gt;는 그들의 편집을 가져오고 내 편집을 버립니다. &lt;b&gt;둘 다 유지&lt;/b&gt;는 그들의 편집을 유지하고 내 편집을 “… (내 것)”이라는 새 후보지로 옆에 저장합니다. &lt;b&gt;취소&lt;/b&gt;는 아무것도 저장하지 않고 편집을 저장되지 않은 채로 둡니다.</translation>
    </message>
</context>
<context>
    <name>hp::gui::EditVerticesTool</name>
    <message>
        <source>A polygon keeps at least 3 vertices; delete the polygon instead.</source>
        <translation>폴리곤은 정점을 3개 이상 유지해야 합니다. 대신 폴리곤을 삭제하세요.</translation>
    </message>
    <message>
        <source>That edit would make the polygon cross itself, so it was not made.</source>
        <translation>이 편집은 폴리곤이 자기 자신과 교차하게 만들므로 적용하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>PDF page (vector, selectable text)</source>
        <translation>PDF 페이지(벡터, 선택 가능한 텍스트)</translation>
    </message>
    <message>
        <source>SVG page</source>
        <translation>SVG 페이지</translation>
    </message>
    <message>
        <source>PNG page</source>
        <translation>PNG 페이지</translation>
    </message>
    <message>
        <source>GeoTIFF of the map (georeferenced)</source>
        <translation>지도 GeoTIFF(지리 참조됨)</translation>
    </message>
    <message>
        <source>GeoPackage (candidates and parcels)</source>
        <translation>GeoPackage(후보 및 필지)</translation>
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
        <translation>KML(WGS 84, Google Earth용)</translation>
    </message>
    <message>
        <source>CSV table (no geometry)</source>
        <translation>CSV 표(도형 없음)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Candidate reserves (in the page&apos;s language)</source>
        <translation>후보 보호구역(페이지 언어로 표시)</translation>
    </message>
    <message>
        <source>Current view (all candidates)</source>
        <translation>현재 보기(모든 후보)</translation>
    </message>
    <message>
        <source>Also the parcels, with the leopards each can hold</source>
        <translation>필지도 포함(각 필지가 수용할 수 있는 표범 수와 함께)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Map of:</source>
        <translation>지도 대상:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>부제목:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>쓸 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>이 형식의 파일 이름은 .%1(으)로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장됨: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::ForestVersionsPanel</name>
    <message>
        <source>canopy %</source>
        <translation>수관 피복 %</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>forest loss</source>
        <translation>산림 손실</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>생성 방법</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version</source>
        <translation>위성 영상을 새 산림 피복 버전으로 가져오기</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Compute capacity and draw the map with the selected version</source>
        <translation>선택한 버전으로 수용력을 계산하고 지도를 그립니다</translation>
    </message>
    <message>
        <source>Change Map</source>
        <translation>변화 지도</translation>
    </message>
    <message>
        <source>Show where the canopy fell or rose between the previous version and the selected one</source>
        <translation>이전 버전과 선택한 버전 사이에 수관 피복이 줄거나 늘어난 곳을 표시합니다</translation>
    </message>
    <message>
        <source>Compare Capacity…</source>
        <translation>수용력 비교…</translation>
    </message>
    <message>
        <source>Leopards per parcel and candidate before and after the selected version</source>
        <translation>선택한 버전 전후의 필지 및 후보별 표범 수</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>가져오기 실패: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>가져오기가 취소되었습니다. 프로젝트는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (사용 중)</translation>
    </message>
    <message>
        <source>original layer</source>
        <translation>원본 레이어</translation>
    </message>
    <message>
        <source>Save the project first: imported versions are written beside the project file.</source>
        <translation>먼저 프로젝트를 저장하세요. 가져온 버전은 프로젝트 파일 옆에 기록됩니다.</translation>
    </message>
    <message>
        <source>Imported forest version %1.</source>
        <translation>산림 버전 %1을 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change map from version %1 to %2 written to %3.</source>
        <translation>버전 %1에서 %2로의 변화 지도를 %3에 기록했습니다.</translation>
    </message>
    <message>
        <source>Computing the change map…</source>
        <translation>변화 지도 계산 중…</translation>
    </message>
</context>
<context>
    <name>hp::gui::IdentifyPanel</name>
    <message>
        <source>Click the map with the Identify tool.</source>
        <translation>식별 도구로 지도를 클릭하십시오.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Nothing at %1, %2.</source>
        <translation>%1, %2 위치에 아무것도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2</source>
        <translation>
            <numerusform>%1, %2 위치의 결과 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::ImportForestDialog</name>
    <message>
        <source>Import Satellite Layer</source>
        <translation>위성 레이어 가져오기</translation>
    </message>
    <message>
        <source>Satellite Imagery</source>
        <translation>위성 영상</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;All files (*)</source>
        <translation>래스터 (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Class Table</source>
        <translation>분류 표</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>CSV 표 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Canopy cover % (a tree-cover product)</source>
        <translation>수관 피복 % (수목 피복 제품)</translation>
    </message>
    <message>
        <source>NDVI from red and near-infrared bands</source>
        <translation>적색 및 근적외선 밴드로 계산한 NDVI</translation>
    </message>
    <message>
        <source>Land-cover classes with a class table</source>
        <translation>분류 표를 사용한 토지 피복 분류</translation>
    </message>
    <message>
        <source>Forest loss year (applied to the current cover)</source>
        <translation>산림 손실 연도 (현재 피복에 적용)</translation>
    </message>
    <message>
        <source>Values 0–100 are taken as canopy cover in per cent; other values count as no data.</source>
        <translation>0–100 값은 수관 피복 백분율로, 그 밖의 값은 자료 없음으로 봅니다.</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>Canopy %</source>
        <translation>수관 피복 %</translation>
    </message>
    <message>
        <source>Add Breakpoint</source>
        <translation>구간점 추가</translation>
    </message>
    <message>
        <source>Remove Breakpoint</source>
        <translation>구간점 제거</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Red band:</source>
        <translation>적색 밴드:</translation>
    </message>
    <message>
        <source>Near-infrared band:</source>
        <translation>근적외선 밴드:</translation>
    </message>
    <message>
        <source>Sentinel-2: red B4, near-infrared B8. Landsat 8/9: red B4, near-infrared B5.</source>
        <translation>Sentinel-2: 적색 B4, 근적외선 B8. Landsat 8/9: 적색 B4, 근적외선 B5.</translation>
    </message>
    <message>
        <source>NDVI → canopy:</source>
        <translation>NDVI → 수관 피복:</translation>
    </message>
    <message>
        <source>ESA WorldCover classes (10 tree cover = 80 %)</source>
        <translation>ESA WorldCover 분류 (10 수목 피복 = 80 %)</translation>
    </message>
    <message>
        <source>Class table (CSV: class,canopy_pct):</source>
        <translation>분류 표 (CSV: class,canopy_pct):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Loss from year:</source>
        <translation>손실 시작 연도:</translation>
    </message>
    <message>
        <source>Pixels lost in this year or later become 0 % canopy; the rest keep the current cover. Hansen Global Forest Change values 1, 2, … stand for 2001, 2002, …</source>
        <translation>이 연도 또는 그 이후에 손실된 픽셀은 수관 피복 0 %가 되고 나머지는 현재 피복을 유지합니다. Hansen Global Forest Change 값 1, 2, …는 2001, 2002, …를 뜻합니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Files (tiles are mosaicked):</source>
        <translation>파일 (타일은 모자이크됨):</translation>
    </message>
    <message>
        <source>The files hold:</source>
        <translation>파일 내용:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>밴드:</translation>
    </message>
    <message>
        <source>Date of the imagery:</source>
        <translation>영상 날짜:</translation>
    </message>
    <message>
        <source>Add at least one raster file to import.</source>
        <translation>가져올 래스터 파일을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>The red and near-infrared bands must differ.</source>
        <translation>적색 밴드와 근적외선 밴드는 달라야 합니다.</translation>
    </message>
    <message>
        <source>Breakpoint %1 is not a pair of numbers.</source>
        <translation>구간점 %1이 숫자 쌍이 아닙니다.</translation>
    </message>
    <message>
        <source>Choose a class table or ESA WorldCover.</source>
        <translation>분류 표 또는 ESA WorldCover를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: the class table cannot be opened (%2).</source>
        <translation>%1: 분류 표를 열 수 없습니다 (%2).</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPanel</name>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>레이어 위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>레이어 아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>레이어 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>레이어로 확대/축소(&amp;Z)</translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation>레이어 속성(&amp;P)…</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>선택한 레이어의 불투명도</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPropertiesDialog</name>
    <message>
        <source>Greens (canopy)</source>
        <translation>녹색(수관)</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>회색</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>지형</translation>
    </message>
    <message>
        <source>Spectral</source>
        <translation>스펙트럼</translation>
    </message>
    <message>
        <source>Layer Properties — %1</source>
        <translation>레이어 속성 — %1</translation>
    </message>
    <message>
        <source>Layer rendering</source>
        <translation>레이어 렌더링</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>색상 선택</translation>
    </message>
    <message>
        <source>Band rendering</source>
        <translation>밴드 렌더링</translation>
    </message>
    <message>
        <source>Singleband pseudocolour</source>
        <translation>단일 밴드 의사 색상</translation>
    </message>
    <message>
        <source>Paletted (the file&apos;s colour table)</source>
        <translation>팔레트(파일의 색상표)</translation>
    </message>
    <message>
        <source>Multiband colour (red, green, blue)</source>
        <translation>다중 밴드 색상(적, 녹, 청)</translation>
    </message>
    <message>
        <source>Render type</source>
        <translation>렌더링 유형</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>밴드</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>색상 램프</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>심볼</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>채우기 없음</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>빗금</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>채우기</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>외곽선</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>외곽선 두께</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(레이블 없음)</translation>
    </message>
    <message>
        <source>Label with</source>
        <translation>레이블 필드</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>레이블 색상</translation>
    </message>
</context>
<context>
    <name>hp::gui::LogPanel</name>
    <message>
        <source>INFO</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>심각</translation>
    </message>
</context>
<context>
    <name>hp::gui::MainWindow</name>
    <message>
        <source>Habitat Planner</source>
        <translation>서식지 플래너</translation>
    </message>
    <message>
        <source>Add &amp;Raster Layer…</source>
        <translation>래스터 레이어 추가(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a raster layer from any file GDAL reads</source>
        <translation>GDAL이 읽을 수 있는 파일에서 래스터 레이어 추가</translation>
    </message>
    <message>
        <source>Add &amp;Vector Layer…</source>
        <translation>벡터 레이어 추가(&amp;V)…</translation>
    </message>
    <message>
        <source>Add the layers of a vector file (GeoPackage, Shapefile, GeoJSON, KML, …)</source>
        <translation>벡터 파일의 레이어 추가(GeoPackage, Shapefile, GeoJSON, KML 등)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Region</source>
        <translation>예제 지역 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Add the sample region of south-west Primorsky Krai</source>
        <translation>연해주 남서부 예제 지역 추가</translation>
    </message>
    <message>
        <source>Save Map as &amp;Image…</source>
        <translation>지도를 이미지로 저장(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pan Map</source>
        <translation>지도 이동(&amp;P)</translation>
    </message>
    <message>
        <source>Drag the map; the arrow keys and the middle button pan with any tool</source>
        <translation>지도를 끌어 이동; 어떤 도구에서나 화살표 키와 가운데 버튼으로 이동</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom in</source>
        <translation>상자를 끌거나 클릭하여 확대</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom out</source>
        <translation>상자를 끌거나 클릭하여 축소</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>객체 식별(&amp;I)</translation>
    </message>
    <message>
        <source>Click the map to see parcel attributes, basin and canopy value</source>
        <translation>지도를 클릭하여 필지 속성, 유역, 수관 피복률 확인</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Habitat Planner</source>
        <translation>서식지 플래너 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Habitat Planner</source>
        <translation>서식지 플래너 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Habitat Planner %1&lt;/b&gt;&lt;p&gt;Planning reserves for the Amur leopard in south-west Primorsky Krai.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, GEOS and PROJ.&lt;/p&gt;</source>
        <translation>&lt;b&gt;서식지 플래너 %1&lt;/b&gt;&lt;p&gt;연해주 남서부 아무르표범 보호구역 계획.&lt;/p&gt;&lt;p&gt;Qt, GDAL, GEOS, PROJ 기반.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>식별 결과</translation>
    </message>
    <message>
        <source>Log Messages</source>
        <translation>로그 메시지</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>레이어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Data Source</source>
        <translation>데이터 원본</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>지도 탐색</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>도구 모음(&amp;T)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open layer</source>
        <translation>레이어를 열 수 없음</translation>
    </message>
    <message>
        <source>Generating the sample region in %1…</source>
        <translation>%1에 예제 지역 생성 중…</translation>
    </message>
    <message>
        <source>Sample region not generated: cancelled.</source>
        <translation>예제 지역을 생성하지 않음: 취소됨.</translation>
    </message>
    <message>
        <source>Opened the sample region from %1</source>
        <translation>%1에서 예제 지역을 열었습니다</translation>
    </message>
    <message>
        <source>Cannot open the sample region</source>
        <translation>예제 지역을 열 수 없음</translation>
    </message>
    <message>
        <source>Add Raster Layer</source>
        <translation>래스터 레이어 추가</translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;All files (*)</source>
        <translation>래스터 파일 (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add Vector Layer</source>
        <translation>벡터 레이어 추가</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;All files (*)</source>
        <translation>벡터 파일 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save Map as Image</source>
        <translation>지도를 이미지로 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 이미지 (*.png);;JPEG 이미지 (*.jpg)</translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation>이미지를 저장할 수 없음</translation>
    </message>
    <message>
        <source>%1: the image cannot be written</source>
        <translation>%1: 이미지를 쓸 수 없음</translation>
    </message>
    <message>
        <source>Some layers could not be drawn: %1</source>
        <translation>일부 레이어를 그리지 못함: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Store Layer &amp;Data in Project File</source>
        <translation>레이어 데이터를 프로젝트 파일에 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Save copies of the layers and forest versions inside the project file, so it can be sent as one file</source>
        <translation>레이어와 산림 버전의 사본을 프로젝트 파일 안에 저장하여 파일 하나로 보낼 수 있게 합니다</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>내보냄: %1</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>지도 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>A printable map page (PDF, SVG, PNG) or a georeferenced GeoTIFF, in the reader&apos;s language</source>
        <translation>독자의 언어로 된 인쇄용 지도 페이지(PDF, SVG, PNG) 또는 지리 참조된 GeoTIFF</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Candidates and parcels with their figures as GeoPackage, Shapefile, GeoJSON, KML or CSV</source>
        <translation>후보와 필지를 수치와 함께 GeoPackage, Shapefile, GeoJSON, KML 또는 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Import Marxan &amp;Solution as Candidate…</source>
        <translation>Marxan 해를 후보로 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>A Marxan output_best or output_ssoln for this project&apos;s parcels becomes a candidate</source>
        <translation>이 프로젝트 필지에 대한 Marxan output_best 또는 output_ssoln을 후보로 만듭니다</translation>
    </message>
    <message>
        <source>Import Marxan Solution</source>
        <translation>Marxan 해 가져오기</translation>
    </message>
    <message>
        <source>Marxan solutions (*.csv *.txt *.dat);;All files (*)</source>
        <translation>Marxan 해 (*.csv *.txt *.dat);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot import the Marxan solution</source>
        <translation>Marxan 해를 가져올 수 없음</translation>
    </message>
    <message>
        <source>Candidate Reserves</source>
        <translation>후보 보호구역</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>속성 테이블</translation>
    </message>
    <message>
        <source>Forest Versions</source>
        <translation>산림 버전</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>Candidate Capacity</source>
        <translation>후보 수용력</translation>
    </message>
    <message>
        <source>Parcel Ranking</source>
        <translation>필지 순위</translation>
    </message>
    <message>
        <source>Cannot rank the parcels</source>
        <translation>필지 순위를 매길 수 없음</translation>
    </message>
    <message>
        <source>Compare Candidates</source>
        <translation>후보 비교</translation>
    </message>
    <message>
        <source>Cannot compare the candidates</source>
        <translation>후보를 비교할 수 없음</translation>
    </message>
    <message>
        <source>Capacity Change</source>
        <translation>수용력 변화</translation>
    </message>
    <message>
        <source>Cannot compare the forest versions</source>
        <translation>산림 버전을 비교할 수 없음</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>Autosaving %p%</source>
        <translation>자동 저장 중 %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop this autosave; the next one comes in a few minutes</source>
        <translation>이번 자동 저장을 중지합니다. 다음 자동 저장은 몇 분 후에 진행됩니다</translation>
    </message>
    <message>
        <source>A Job Is Running</source>
        <translation>작업 실행 중</translation>
    </message>
    <message>
        <source>Stop the job that is running and close the window?</source>
        <translation>실행 중인 작업을 중지하고 창을 닫으시겠습니까?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Adding %1 cancelled.</source>
        <translation>%1 추가가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Cannot compute the corridors</source>
        <translation>통로를 계산할 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>분석(&amp;amp;A)</translation>
    </message>
</context>
<context>
    <name>hp::gui::MapStatusWidget</name>
    <message>
        <source>Cursor position in the map CRS</source>
        <translation>지도 좌표계의 커서 위치</translation>
    </message>
    <message>
        <source>Cursor position as WGS 84 latitude and longitude</source>
        <translation>WGS 84 위도와 경도로 본 커서 위치</translation>
    </message>
    <message>
        <source>Map scale; type one to zoom to it</source>
        <translation>지도 축척; 값을 입력하면 그 축척으로 확대/축소</translation>
    </message>
    <message>
        <source>Rendering the map</source>
        <translation>지도 렌더링 중</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>좌표</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>축척</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%2 %1°, %4 %3°</translation>
    </message>
    <message>
        <source>N</source>
        <translation>북위</translation>
    </message>
    <message>
        <source>S</source>
        <translation>남위</translation>
    </message>
    <message>
        <source>E</source>
        <translation>동경</translation>
    </message>
    <message>
        <source>W</source>
        <translation>서경</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>좌표계 없음</translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation>지도 좌표계: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::MeasureTool</name>
    <message>
        <source>%1 km (%2 mi)</source>
        <translation>%1 km (%2 mi)</translation>
    </message>
    <message>
        <source>%1 km² (%2 sq mi)</source>
        <translation>%1 km² (%2 sq mi)</translation>
    </message>
    <message>
        <source>Cannot measure: the map has no usable coordinate reference system.</source>
        <translation>측정할 수 없음: 지도에 사용할 수 있는 좌표 참조계가 없습니다.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ModalTask</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>잠시 기다려 주십시오</translation>
    </message>
</context>
<context>
    <name>hp::gui::OverviewOffer</name>
    <message>
        <source>Build Overviews</source>
        <translation>오버뷰 만들기</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Overviews of “%1” could not be built: %2</source>
        <translation>“%1”의 오버뷰를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>“%1” has no overviews, so zoomed-out views are drawn from a coarse copy. Build them (a .ovr file beside the raster) for sharp, quick drawing at every scale?</source>
        <translation>“%1”에는 오버뷰가 없어 축소된 화면은 거친 사본으로 그려집니다. 모든 축척에서 선명하고 빠르게 그리도록 오버뷰(래스터 옆의 .ovr 파일)를 만들까요?</translation>
    </message>
    <message>
        <source>Building overviews of “%1”…</source>
        <translation>“%1”의 오버뷰를 만드는 중…</translation>
    </message>
</context>
<context>
    <name>hp::gui::PlanningTools</name>
    <message>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>&amp;Select Parcels</source>
        <translation>필지 선택(&amp;S)</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to put parcels in the active candidate; Shift adds or toggles, Ctrl removes</source>
        <translation>클릭하거나 사각형을 끌어 필지를 활성 후보에 넣기; Shift는 추가 또는 전환, Ctrl은 제거</translation>
    </message>
    <message>
        <source>Select Parcels by &amp;Freehand</source>
        <translation>자유형으로 필지 선택(&amp;F)</translation>
    </message>
    <message>
        <source>Drag a lasso around parcels for the active candidate; Shift adds, Ctrl removes</source>
        <translation>필지 주위로 올가미를 끌어 활성 후보에 넣기; Shift는 추가, Ctrl은 제거</translation>
    </message>
    <message>
        <source>&amp;Draw Candidate Polygon</source>
        <translation>후보 폴리곤 그리기(&amp;D)</translation>
    </message>
    <message>
        <source>Click vertices; double-click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>정점을 클릭; 더블클릭 또는 Enter로 완료, Backspace로 마지막 정점 제거, Esc로 취소</translation>
    </message>
    <message>
        <source>&amp;Edit Polygon Vertices</source>
        <translation>폴리곤 정점 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Click a drawn polygon, then drag its vertices, press on an edge to add one, Delete or right-click removes one</source>
        <translation>그린 폴리곤을 클릭한 뒤 정점을 끌어 이동, 변을 눌러 정점 추가, Delete 키 또는 오른쪽 클릭으로 정점 제거</translation>
    </message>
    <message>
        <source>&amp;Measure Line</source>
        <translation>선 측정(&amp;M)</translation>
    </message>
    <message>
        <source>Click points to measure a geodesic distance in km and miles</source>
        <translation>점을 클릭하여 측지 거리를 km와 마일로 측정</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>면적 측정(&amp;A)</translation>
    </message>
    <message>
        <source>Click points to measure a geodesic area in km² and square miles</source>
        <translation>점을 클릭하여 측지 면적을 km²와 제곱마일로 측정</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>스냅(&amp;N)</translation>
    </message>
    <message>
        <source>Snap drawing, editing and measuring to parcel vertices and edges within %1 pixels</source>
        <translation>그리기, 편집, 측정 시 %1 픽셀 이내의 필지 정점과 변에 스냅</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>No parcel there.</source>
        <translation>그 위치에 필지가 없습니다.</translation>
    </message>
    <message>
        <source>Select parcels</source>
        <translation>필지 선택</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) in %1.</source>
        <translation>
            <numerusform>%1에 필지 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>폴리곤 그리기</translation>
    </message>
    <message>
        <source>Polygon added to %1.</source>
        <translation>%1에 폴리곤을 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ProjectController</name>
    <message>
        <source>&amp;New Project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>다른 이름으로 프로젝트 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Habitat Planner projects (*.hplan)</source>
        <translation>서식지 플래너 프로젝트 (*.hplan)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>프로젝트에 저장하지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>Habitat Planner did not close normally while %1 had unsaved changes. Recover them from the autosave?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있는 상태에서 서식지 플래너가 정상적으로 종료되지 않았습니다. 자동 저장에서 복구하시겠습니까?</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>저장하지 않은 프로젝트</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>%1은(는) 지금 어디에 있습니까?</translation>
    </message>
    <message>
        <source>Autosave Failed</source>
        <translation>자동 저장 실패</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>Some Layers Did Not Open</source>
        <translation>일부 레이어를 열지 못함</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Files Outside the Project</source>
        <translation>프로젝트 밖의 파일</translation>
    </message>
    <message>
        <source>%1 names files outside its folder or on the network. Nothing has been read from them yet. Open the project and let it read them?</source>
        <translation>%1은(는) 폴더 밖이나 네트워크의 파일을 가리킵니다. 아직 아무것도 읽지 않았습니다. 프로젝트를 열고 그 파일을 읽도록 허용하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>%1 (on the network)</source>
        <translation>%1 (네트워크)</translation>
    </message>
    <message>
        <source>%1 (outside the project folder)</source>
        <translation>%1 (프로젝트 폴더 밖)</translation>
    </message>
    <message>
        <source>%1 (on the network, named by %2)</source>
        <translation>%1 (네트워크, %2에서 지정)</translation>
    </message>
    <message>
        <source>%1 (outside the project folder, named by %2)</source>
        <translation>%1 (프로젝트 폴더 밖, %2에서 지정)</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>%1 열기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Opening the project&apos;s layers…</source>
        <translation>프로젝트 레이어를 여는 중…</translation>
    </message>
    <message>
        <source>Reopening the layers cancelled; the map shows the layers it showed before.</source>
        <translation>레이어 다시 열기가 취소되었습니다. 지도에는 이전 레이어가 표시됩니다.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Saving cancelled; %1 is unchanged.</source>
        <translation>저장이 취소되었습니다. %1은(는) 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>사본을 %1(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ProjectCorridors</name>
    <message>
        <source>Compute &amp;Corridors…</source>
        <translation>통로 계산(&amp;amp;C)…</translation>
    </message>
    <message>
        <source>Least-cost corridors from the reserve to each candidate and between candidates, drawn on the map</source>
        <translation>보호구역에서 각 후보지까지, 그리고 후보지 사이의 최소 비용 통로를 지도에 표시</translation>
    </message>
    <message>
        <source>No candidates: there is nothing to connect.</source>
        <translation>후보지가 없습니다: 연결할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Computing corridors…</source>
        <translation>통로 계산 중…</translation>
    </message>
    <message>
        <source>Corridors cancelled.</source>
        <translation>통로 계산이 취소되었습니다.</translation>
    </message>
    <message>
        <source>No corridors: the project has no reserve layer and one candidate.</source>
        <translation>통로 없음: 프로젝트에 보호구역 레이어가 없고 후보지가 하나입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n corridor(s) computed, %1 drawn.</source>
        <translation>
            <numerusform>통로 %n개 계산, %1개 표시.</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidates changed: corridors taken off the map (Analysis ▸ Compute Corridors).</source>
        <translation>후보지가 바뀌었습니다: 통로를 지도에서 제거했습니다 (분석 ▸ 통로 계산).</translation>
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
        <translation>조밀도: 최적안이 보호구역 경계 1 km당 포기할 수 있는 표범 수(Marxan의 BLM과 같음)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>예산:</translation>
    </message>
    <message>
        <source>Boundary length modifier:</source>
        <translation>경계 길이 계수:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>시간 제한:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Create Candidate from Selection</source>
        <translation>선택 항목으로 후보 만들기</translation>
    </message>
    <message>
        <source>Adds the budget optimum&apos;s parcels as a new candidate reserve (undoable)</source>
        <translation>예산 최적안의 필지를 새 후보 보호구역으로 추가합니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Ranking the parcels…</source>
        <translation>필지 순위 계산 중…</translation>
    </message>
    <message>
        <source>Budget optimum %1 USD</source>
        <translation>예산 최적안 %1 USD</translation>
    </message>
    <message>
        <source>Set a budget and run to rank the parcels.</source>
        <translation>예산을 설정하고 실행하여 필지 순위를 매기세요.</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>최적성 증명됨</translation>
    </message>
    <message>
        <source>optimality gap unknown</source>
        <translation>최적성 격차 알 수 없음</translation>
    </message>
    <message>
        <source>optimality gap %1 %</source>
        <translation>최적성 격차 %1 %</translation>
    </message>
    <message>
        <source>Budget optimum: %1 leopards (%2 leopard-equivalents, the existing reserve included) for %3 USD; %4 parcels, %5 km², boundary %6 km; %7.</source>
        <translation>예산 최적안: %3 USD로 표범 %1마리(표범 환산 수 %2, 기존 보호구역 포함); 필지 %4개, %5 km², 경계 %6 km; %7.</translation>
    </message>
    <message>
        <source>Parcels the optimum must include (already bought or promised)</source>
        <translation>최적안에 반드시 포함할 필지(이미 매입했거나 약속된 필지)</translation>
    </message>
    <message>
        <source>parcel ids, e.g. 7</source>
        <translation>필지 번호, 예: 7</translation>
    </message>
    <message>
        <source>Parcels the optimum must leave out (not for sale)</source>
        <translation>최적안에서 반드시 제외할 필지(매각 불가)</translation>
    </message>
    <message>
        <source>Locked in:</source>
        <translation>포함 고정:</translation>
    </message>
    <message>
        <source>Locked out:</source>
        <translation>제외 고정:</translation>
    </message>
    <message>
        <source>parcel ids, e.g. 12, 25:34:010101:12</source>
        <translation>필지 ID, 예: 12, 25:34:010101:12</translation>
    </message>
    <message>
        <source>Across scenarios</source>
        <translation>시나리오 전체</translation>
    </message>
    <message>
        <source>Rank once more under each scenario of model assumptions and count, per parcel, in how many the budget optimum buys it</source>
        <translation>모델 가정의 각 시나리오에서 다시 순위를 매기고, 필지마다 예산 최적해가 몇 개의 시나리오에서 구입하는지 셉니다</translation>
    </message>
    <message>
        <source>built-in grid: territory 16–120 sq mi, habitat threshold ±10</source>
        <translation>내장 격자: 영역 16–120 제곱마일, 서식지 임계값 ±10</translation>
    </message>
    <message>
        <source>A JSON list of model overrides (docs/RANKING.md, Scenarios); empty: the built-in grid</source>
        <translation>모델 재정의 JSON 목록 (docs/RANKING.md, Scenarios); 비우면 내장 격자</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a scenarios file</source>
        <translation>시나리오 파일 선택</translation>
    </message>
    <message>
        <source>Scenarios file:</source>
        <translation>시나리오 파일:</translation>
    </message>
    <message>
        <source>Scenarios File</source>
        <translation>시나리오 파일</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>시나리오 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Ranking…</source>
        <translation>순위 내보내기…</translation>
    </message>
    <message>
        <source>The acquisition order as ORDER.csv, with the scenario counts after a run across scenarios</source>
        <translation>구입 순서를 ORDER.csv로, 시나리오 전체 실행 후에는 시나리오 횟수와 함께</translation>
    </message>
    <message>
        <source>Export Ranking</source>
        <translation>순위 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Ranking the parcels across scenarios…</source>
        <translation>시나리오 전체에서 필지 순위 매기는 중…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>내보냄: %1</translation>
    </message>
    <message>
        <source>Across %1 scenarios: %2 parcels chosen in all of them, %3 in at least one.</source>
        <translation>시나리오 %1개 전체: 모든 시나리오에서 선택된 필지 %2개, 적어도 하나에서 %3개.</translation>
    </message>
    <message>
        <source>Ranked in %1 s (budget optimum %2 s, stopped by the time limit).</source>
        <translation>%1초 만에 순위 산정 (예산 최적 %2초, 시간 제한으로 중지됨).</translation>
    </message>
    <message>
        <source>Ranked in %1 s (budget optimum %2 s).</source>
        <translation>%1초 만에 순위 산정 (예산 최적 %2초).</translation>
    </message>
</context>
<context>
    <name>hp::gui::RankingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>필지</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>비용, USD</translation>
    </message>
    <message>
        <source>Leopards gained</source>
        <translation>증가 표범 수</translation>
    </message>
    <message>
        <source>Leopard-equivalents gained</source>
        <translation>증가 표범 환산 수</translation>
    </message>
    <message>
        <source>Leopards per M USD</source>
        <translation>100만 USD당 표범 수</translation>
    </message>
    <message>
        <source>Cumulative cost, USD</source>
        <translation>누적 비용, USD</translation>
    </message>
    <message>
        <source>Cumulative leopards</source>
        <translation>누적 표범 수</translation>
    </message>
    <message>
        <source>In budget optimum</source>
        <translation>예산 최적안 포함</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>In the budget optimum in %1 of %2 scenarios; within the budget in the greedy order in %3</source>
        <translation>시나리오 %2개 중 %1개에서 예산 최적해에 포함; %3개에서 탐욕 순서의 예산 안</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>%1 (range %2–%3)</source>
        <translation>%1 (범위 %2–%3)</translation>
    </message>
    <message>
        <source>Leopards alone</source>
        <translation>단독 표범 수</translation>
    </message>
    <message>
        <source>With the reserve</source>
        <translation>보호구역과 함께</translation>
    </message>
    <message>
        <source>Added to the reserve</source>
        <translation>보호구역에 추가</translation>
    </message>
    <message>
        <source>Added per M USD</source>
        <translation>백만 USD당 추가</translation>
    </message>
</context>
<context>
    <name>hp::gui::TeamProjectController</name>
    <message>
        <source>Open from &amp;Database…</source>
        <translation>데이터베이스에서 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Publish to Database…</source>
        <translation>데이터베이스에 게시(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy as File…</source>
        <translation>사본을 파일로 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team project from a PostgreSQL/PostGIS database</source>
        <translation>PostgreSQL/PostGIS 데이터베이스에서 팀 프로젝트 열기</translation>
    </message>
    <message>
        <source>Store this project in a PostgreSQL/PostGIS database so a team can edit it</source>
        <translation>팀이 편집할 수 있도록 이 프로젝트를 PostgreSQL/PostGIS 데이터베이스에 저장</translation>
    </message>
    <message>
        <source>Write the database project to a .hplan file</source>
        <translation>데이터베이스 프로젝트를 .hplan 파일로 쓰기</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>database project</source>
        <translation>데이터베이스 프로젝트</translation>
    </message>
    <message>
        <source>%1 (database)</source>
        <translation>%1 (데이터베이스)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer file(s) of the project were not found.</source>
        <translation>
            <numerusform>프로젝트의 레이어 파일 %n개를 찾을 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Publish Project</source>
        <translation>프로젝트를 게시할 수 없음</translation>
    </message>
    <message>
        <source>Saved to the database.</source>
        <translation>데이터베이스에 저장했습니다.</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation> (내 것)</translation>
    </message>
    <message>
        <source>Saved; your edits are kept beside theirs as “… (mine)”.</source>
        <translation>저장함; 내 편집은 그들의 편집 옆에 “… (내 것)”으로 유지됩니다.</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>Nothing was saved; your edits are still unsaved.</source>
        <translation>아무것도 저장되지 않았습니다; 편집은 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>읽기 전용 프로젝트</translation>
    </message>
    <message>
        <source>You may open this project but not change it, so nothing was saved. Your edits are still here, unsaved: File ▸ Save a Copy as File… keeps them.

%1</source>
        <translation>이 프로젝트를 열 수는 있지만 변경할 수는 없으므로 아무것도 저장되지 않았습니다. 편집은 저장되지 않은 채로 여기에 있습니다: 파일 ▸ 사본을 파일로 저장…으로 보존할 수 있습니다.

%1</translation>
    </message>
    <message>
        <source>Reloaded: the project is as saved in the database.</source>
        <translation>다시 불러옴: 프로젝트가 데이터베이스에 저장된 상태입니다.</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>실시간 업데이트 중지됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1</source>
        <translation>
            <numerusform>%1의 변경 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::edits</name>
    <message>
        <source>New candidate</source>
        <translation>새 후보</translation>
    </message>
    <message>
        <source>New candidate from ranking</source>
        <translation>순위로부터 새 후보</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>후보 삭제</translation>
    </message>
    <message>
        <source>Rename candidate</source>
        <translation>후보 이름 변경</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> 사본</translation>
    </message>
    <message>
        <source>Duplicate candidate</source>
        <translation>후보 복제</translation>
    </message>
    <message>
        <source>Change candidate colour</source>
        <translation>후보 색상 변경</translation>
    </message>
    <message>
        <source>Select parcels</source>
        <translation>필지 선택</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>폴리곤 그리기</translation>
    </message>
    <message>
        <source>Edit polygon</source>
        <translation>폴리곤 편집</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>폴리곤 삭제</translation>
    </message>
</context>
</TS>
