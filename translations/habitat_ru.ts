<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CandidateMapLayer</name>
    <message>
        <source>Candidate reserves</source>
        <translation>Проекты резерватов</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Проект</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>unrecognised file format</source>
        <translation>неизвестный формат файла</translation>
    </message>
    <message>
        <source>no coordinate reference system</source>
        <translation>нет системы координат</translation>
    </message>
    <message>
        <source>not georeferenced</source>
        <translation>нет географической привязки</translation>
    </message>
    <message>
        <source>empty layer</source>
        <translation>пустой слой</translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation>нет такого слоя</translation>
    </message>
    <message>
        <source>no such field</source>
        <translation>нет такого поля</translation>
    </message>
    <message>
        <source>reprojection failed</source>
        <translation>ошибка перепроецирования</translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation>повреждённые данные</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>недопустимая геометрия</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>недопустимые входные данные</translation>
    </message>
    <message>
        <source>invalid model configuration</source>
        <translation>недопустимая конфигурация модели</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>файл не записывается</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>MapLayer</name>
    <message>
        <source>File: %1
CRS: %2 (%3)</source>
        <translation>Файл: %1
СК: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RasterMapLayer</name>
    <message>
        <source>Pixel %1, %2</source>
        <translation>Пиксель %1, %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Канал %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 band(s) of %4</source>
        <translation>%1 × %2 пикселей, каналов: %3, тип %4</translation>
    </message>
    <message>
        <source>Reprojected on the fly to the map CRS</source>
        <translation>Перепроецируется «на лету» в СК карты</translation>
    </message>
</context>
<context>
    <name>SampleRegion</name>
    <message>
        <source>Generating the sample region…</source>
        <translation>Создание примера района…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sample region</source>
        <translation>Пример района</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>Сомкнутость полога леса (%)</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>Речные бассейны</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Заповедник</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>VectorMapLayer</name>
    <message>
        <source>Feature %1</source>
        <translation>Объект %1</translation>
    </message>
    <message numerus="yes">
        <source>Layer &apos;%1&apos;, %n feature(s)</source>
        <translation>
            <numerusform>Слой «%1», %n объект</numerusform>
            <numerusform>Слой «%1», %n объекта</numerusform>
            <numerusform>Слой «%1», %n объектов</numerusform>
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
        <translation>Описать растровый или векторный файл: формат, СК, охват, каналы или поля</translation>
    </message>
    <message>
        <source>Write the bundled sample region (south-west Primorsky Krai) to a folder</source>
        <translation>Записать встроенный пример района (юго-запад Приморского края) в папку</translation>
    </message>
    <message>
        <source>Describe a raster or vector file.</source>
        <translation>Описать растровый или векторный файл.</translation>
    </message>
    <message>
        <source>File GDAL can read</source>
        <translation>Файл, читаемый GDAL</translation>
    </message>
    <message>
        <source>Write the sample region to a folder.</source>
        <translation>Записать пример района в папку.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для результатов</translation>
    </message>
    <message>
        <source>Random seed (default 1)</source>
        <translation>Начальное значение генератора (по умолчанию 1)</translation>
    </message>
    <message>
        <source>habitat-cli sample: --out DIR is required</source>
        <translation>habitat-cli sample: требуется --out ПАПКА</translation>
    </message>
    <message>
        <source>habitat-cli sample: --seed must be a whole number</source>
        <translation>habitat-cli sample: --seed должно быть целым числом</translation>
    </message>
    <message>
        <source>Usage: habitat-cli &lt;command&gt; [options]</source>
        <translation>Использование: habitat-cli &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;habitat-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Запустите «habitat-cli &lt;команда&gt; --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>habitat-cli: unknown command &apos;%1&apos;</source>
        <translation>habitat-cli: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>habitat-cli capacity: warning: %1: %2</source>
        <translation>habitat-cli capacity: предупреждение: %1: %2</translation>
    </message>
    <message>
        <source>How many Amur leopards each parcel can hold (docs/MODEL.md). One row per parcel, evaluated on its own.</source>
        <translation>Сколько дальневосточных леопардов может вместить каждый участок (docs/MODEL.md). Одна строка на участок, оцениваемый отдельно.</translation>
    </message>
    <message>
        <source>Forest canopy cover raster, 0-100 %</source>
        <translation>Растр сомкнутости полога, 0–100 %</translation>
    </message>
    <message>
        <source>River basin polygons: habitat lies only inside them</source>
        <translation>Полигоны речных бассейнов: местообитания только внутри них</translation>
    </message>
    <message>
        <source>Parcel polygons</source>
        <translation>Полигоны участков</translation>
    </message>
    <message>
        <source>Existing reserve polygons: adds a row with id &apos;reserve&apos;</source>
        <translation>Полигоны существующего заповедника: добавляет строку с id «reserve»</translation>
    </message>
    <message>
        <source>Model configuration (JSON); defaults when left out</source>
        <translation>Конфигурация модели (JSON); по умолчанию, если не задана</translation>
    </message>
    <message>
        <source>Parcel field for the id column (default parcel_id, else the feature id)</source>
        <translation>Поле участка для столбца id (по умолчанию parcel_id, иначе id объекта)</translation>
    </message>
    <message>
        <source>Output: .csv, .json, or .gpkg (the parcels with the result columns)</source>
        <translation>Результат: .csv, .json или .gpkg (участки со столбцами результатов)</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core)</source>
        <translation>Рабочие потоки (по умолчанию по одному на ядро)</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>Показывать ход работы в stderr</translation>
    </message>
    <message>
        <source>Project (.hplan): its forest, basins, parcels, reserve and model</source>
        <translation>Проект (.hplan): его лес, бассейны, участки, заповедник и модель</translation>
    </message>
    <message>
        <source>With --project: one row per candidate reserve (id = its name), then the reserve alone</source>
        <translation>С --project: одна строка на каждый вариант заповедника (id = его название), затем только существующий заповедник</translation>
    </message>
    <message>
        <source>With --project: forest version N (0 = the original) or &apos;latest&apos; (default: the active one)</source>
        <translation>С --project: версия леса N (0 = исходная) или «latest» (по умолчанию активная)</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates and --forest-version need --project</source>
        <translation>habitat-cli capacity: для --candidates и --forest-version нужен --project</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --%1 is required</source>
        <translation>habitat-cli capacity: требуется --%1</translation>
    </message>
    <message>
        <source>habitat-cli capacity: %1: the output must end in .csv, .json or .gpkg</source>
        <translation>habitat-cli capacity: %1: файл результата должен оканчиваться на .csv, .json или .gpkg</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --threads must be a whole number from 1</source>
        <translation>habitat-cli capacity: --threads должно быть целым числом от 1</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --forest-version takes a version number or &apos;latest&apos;</source>
        <translation>habitat-cli capacity: --forest-version принимает номер версии или «latest»</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates writes .csv or .json</source>
        <translation>habitat-cli capacity: --candidates записывает .csv или .json</translation>
    </message>
    <message>
        <source>Solve a Marxan problem (input.dat) exactly with CBC: output_best.csv, output_sum.csv, summary.json</source>
        <translation>Точно решить задачу Marxan (input.dat) с помощью CBC: output_best.csv, output_sum.csv, summary.json</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version of a project</source>
        <translation>Импортировать спутниковые снимки как новую версию лесного покрова проекта</translation>
    </message>
    <message>
        <source>How many leopards each parcel can hold: CSV, JSON or GeoPackage with area, habitat, patches and leopards</source>
        <translation>Сколько леопардов может вместить каждый участок: CSV, JSON или GeoPackage с площадью, местообитаниями, фрагментами и леопардами</translation>
    </message>
    <message>
        <source>Write a parcel layer as Marxan input files (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</source>
        <translation>Записать слой участков как входные файлы Marxan (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</translation>
    </message>
    <message>
        <source>Write a parcel layer as a Marxan problem: one planning unit per parcel, one feature per numeric field, boundaries from shared parcel edges (km).</source>
        <translation>Записать слой участков как задачу Marxan: одна единица планирования на участок, один признак на числовое поле, границы по общим рёбрам участков (км).</translation>
    </message>
    <message>
        <source>Parcel polygons (projected CRS)</source>
        <translation>Полигоны участков (проекционная СК)</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id)</source>
        <translation>Поле id участка (по умолчанию parcel_id)</translation>
    </message>
    <message>
        <source>Cost field (default price_usd)</source>
        <translation>Поле стоимости (по умолчанию price_usd)</translation>
    </message>
    <message>
        <source>Numeric field to use as a conservation feature (repeatable)</source>
        <translation>Числовое поле как объект охраны (можно повторять)</translation>
    </message>
    <message>
        <source>Target as a proportion of each feature&apos;s total (default 0.3)</source>
        <translation>Цель как доля от общего количества каждого объекта (по умолчанию 0.3)</translation>
    </message>
    <message>
        <source>Boundary length modifier, cost per km (default 0)</source>
        <translation>Модификатор длины границы, стоимость за км (по умолчанию 0)</translation>
    </message>
    <message>
        <source>Parcel ids locked in (status 2)</source>
        <translation>Id участков, обязательно включаемых (статус 2)</translation>
    </message>
    <message>
        <source>Parcel ids locked out (status 3)</source>
        <translation>Id участков, обязательно исключаемых (статус 3)</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --parcels FILE, --feature-field NAME and --out DIR are required</source>
        <translation>habitat-cli marxan-export: требуются --parcels ФАЙЛ, --feature-field ИМЯ и --out ПАПКА</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --target-prop must lie in (0, 1]</source>
        <translation>habitat-cli marxan-export: --target-prop должно лежать в (0, 1]</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-export: --blm должно быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --lock-in and --lock-out take whole-number ids separated by commas</source>
        <translation>habitat-cli marxan-export: --lock-in и --lock-out принимают целые id через запятую</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: warning: %1</source>
        <translation>habitat-cli marxan-export: предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 planning units, %2 features, %3 boundary rows</source>
        <translation>единиц планирования: %1, объектов: %2, строк границ: %3</translation>
    </message>
    <message>
        <source>Solve a Marxan problem exactly: least cost plus BLM x boundary with every feature&apos;s target met.</source>
        <translation>Точно решить задачу Marxan: минимальная стоимость плюс BLM × граница при выполнении цели для каждого объекта.</translation>
    </message>
    <message>
        <source>Marxan input.dat naming pu.dat, spec.dat, puvspr.dat and bound.dat</source>
        <translation>input.dat Marxan со ссылками на pu.dat, spec.dat, puvspr.dat и bound.dat</translation>
    </message>
    <message>
        <source>Output folder (default: OUTPUTDIR of input.dat)</source>
        <translation>Папка результатов (по умолчанию OUTPUTDIR из input.dat)</translation>
    </message>
    <message>
        <source>Time limit in seconds (default 60)</source>
        <translation>Ограничение времени в секундах (по умолчанию 60)</translation>
    </message>
    <message>
        <source>Stop once proven within this relative gap (default 0.0001 = 0.01 %)</source>
        <translation>Остановиться, когда доказан относительный разрыв не больше этого (по умолчанию 0.0001 = 0,01 %)</translation>
    </message>
    <message>
        <source>Boundary length modifier, overriding BLM of input.dat</source>
        <translation>Модификатор длины границы вместо BLM из input.dat</translation>
    </message>
    <message>
        <source>Solver random seed (default 1)</source>
        <translation>Начальное значение генератора решателя (по умолчанию 1)</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: exactly one input.dat is required</source>
        <translation>habitat-cli marxan-solve: требуется ровно один input.dat</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --time-limit must be a positive number of seconds</source>
        <translation>habitat-cli marxan-solve: --time-limit должно быть положительным числом секунд</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --gap must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --gap должно быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --seed must be a whole number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --seed должно быть целым числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --blm должно быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: warning: %1</source>
        <translation>habitat-cli marxan-solve: предупреждение: %1</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: %1: no solution found within %2 s (%3)</source>
        <translation>habitat-cli marxan-solve: %1: решение не найдено за %2 с (%3)</translation>
    </message>
    <message>
        <source>score %1  cost %2  boundary %3  units %4 of %5  targets met %6 of %7</source>
        <translation>оценка %1  стоимость %2  граница %3  единиц %4 из %5  целей выполнено %6 из %7</translation>
    </message>
    <message>
        <source>proven gap %1 %  (%2, %3 s, %4 nodes)</source>
        <translation>доказанный разрыв %1 %  (%2, %3 с, узлов: %4)</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after, and the change map</source>
        <translation>Сравнить две версии леса проекта: ёмкость до и после и карта изменений</translation>
    </message>
</context>
<context>
    <name>habitat-planner</name>
    <message>
        <source>Plan Amur leopard reserves on a map.</source>
        <translation>Планирование заповедников для дальневосточного леопарда на карте.</translation>
    </message>
    <message>
        <source>User interface language: ru, zh_CN, ko or en.</source>
        <translation>Язык интерфейса: ru, zh_CN, ko или en.</translation>
    </message>
    <message>
        <source>Raster or vector files to open as layers.</source>
        <translation>Растровые или векторные файлы, открываемые как слои.</translation>
    </message>
</context>
<context>
    <name>hp::cli</name>
    <message>
        <source>Import new imagery as a dated forest-cover version of a project.</source>
        <translation>Импортировать новые снимки как датированную версию лесного покрова проекта.</translation>
    </message>
    <message>
        <source>Project file (.hplan)</source>
        <translation>Файл проекта (.hplan)</translation>
    </message>
    <message>
        <source>Input raster; repeat for several tiles</source>
        <translation>Входной растр; повторите для нескольких фрагментов</translation>
    </message>
    <message>
        <source>canopy, ndvi, classes or loss</source>
        <translation>canopy, ndvi, classes или loss</translation>
    </message>
    <message>
        <source>Band holding canopy %, classes or loss years (default 1)</source>
        <translation>Канал с сомкнутостью %, классами или годами потерь (по умолчанию 1)</translation>
    </message>
    <message>
        <source>Red band for NDVI (Sentinel-2: B4, Landsat 8/9: B4)</source>
        <translation>Красный канал для NDVI (Sentinel-2: B4, Landsat 8/9: B4)</translation>
    </message>
    <message>
        <source>Near-infrared band for NDVI (Sentinel-2: B8, Landsat 8/9: B5)</source>
        <translation>Ближний ИК-канал для NDVI (Sentinel-2: B8, Landsat 8/9: B5)</translation>
    </message>
    <message>
        <source>CSV table class,canopy_pct; &apos;worldcover&apos; for ESA WorldCover</source>
        <translation>Таблица CSV класс,сомкнутость_%; «worldcover» для ESA WorldCover</translation>
    </message>
    <message>
        <source>Apply forest loss from this year on</source>
        <translation>Учитывать потерю леса начиная с этого года</translation>
    </message>
    <message>
        <source>Date of the imagery, YYYY-MM-DD</source>
        <translation>Дата съёмки, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--project P is required</source>
        <translation>требуется --project P</translation>
    </message>
    <message>
        <source>--file F is required</source>
        <translation>требуется --file F</translation>
    </message>
    <message>
        <source>--band must be a band number from 1</source>
        <translation>--band должно быть номером канала от 1</translation>
    </message>
    <message>
        <source>--method ndvi needs --red-band N and --nir-band N</source>
        <translation>для --method ndvi нужны --red-band N и --nir-band N</translation>
    </message>
    <message>
        <source>--method classes needs --classes TABLE.csv</source>
        <translation>для --method classes нужен --classes ТАБЛИЦА.csv</translation>
    </message>
    <message>
        <source>--method loss needs --loss-from YEAR</source>
        <translation>для --method loss нужен --loss-from ГОД</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos; (canopy, ndvi, classes or loss)</source>
        <translation>неизвестный --method «%1» (canopy, ndvi, classes или loss)</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after per parcel, candidate and reserve, and optionally the change map.</source>
        <translation>Сравнить две версии леса проекта: ёмкость до и после для каждого участка, проекта и резервата и, по желанию, карта изменений.</translation>
    </message>
    <message>
        <source>Forest version before (default 0, the original layer)</source>
        <translation>Версия леса «до» (по умолчанию 0 — исходный слой)</translation>
    </message>
    <message>
        <source>Forest version after: a number or &apos;latest&apos; (default)</source>
        <translation>Версия леса «после»: номер или &apos;latest&apos; (по умолчанию)</translation>
    </message>
    <message>
        <source>CSV table of capacity before and after</source>
        <translation>Таблица CSV ёмкости до и после</translation>
    </message>
    <message>
        <source>Also write the change map (GeoTIFF: 1 loss, 2 gain)</source>
        <translation>Также записать карту изменений (GeoTIFF: 1 потеря, 2 прирост)</translation>
    </message>
    <message>
        <source>Canopy change in points that counts as loss or gain (default 10)</source>
        <translation>Изменение сомкнутости в пунктах, считающееся потерей или приростом (по умолчанию 10)</translation>
    </message>
    <message>
        <source>--out OUT.csv or --map CHANGE.tif is required</source>
        <translation>требуется --out OUT.csv или --map CHANGE.tif</translation>
    </message>
    <message>
        <source>--from must be a forest version from 0 to %1</source>
        <translation>--from должен быть версией леса от 0 до %1</translation>
    </message>
    <message>
        <source>--to must be a forest version from 0 to %1 or &apos;latest&apos;</source>
        <translation>--to должен быть версией леса от 0 до %1 или &apos;latest&apos;</translation>
    </message>
    <message>
        <source>--threshold must be a number of points from 0 to 100</source>
        <translation>--threshold должен быть числом пунктов от 0 до 100</translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangeModel</name>
    <message>
        <source>Parcel</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>Существующий резерват</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Id / name</source>
        <translation>Номер / название</translation>
    </message>
    <message>
        <source>Leopards before</source>
        <translation>Леопарды до</translation>
    </message>
    <message>
        <source>Leopards after</source>
        <translation>Леопарды после</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Fractional before</source>
        <translation>Дробное до</translation>
    </message>
    <message>
        <source>Fractional after</source>
        <translation>Дробное после</translation>
    </message>
    <message>
        <source>Habitat km² before</source>
        <translation>Местообитания, км², до</translation>
    </message>
    <message>
        <source>Habitat km² after</source>
        <translation>Местообитания, км², после</translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangePanel</name>
    <message>
        <source>Export Capacity Change</source>
        <translation>Экспорт изменения ёмкости</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Candidates and reserve</source>
        <translation>Проекты и резерват</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>Только изменившиеся</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Сравнение не удалось: %1</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Сравнение отменено.</translation>
    </message>
    <message>
        <source>0 (original)</source>
        <translation>0 (исходная)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Computing capacity under versions %1 and %2…</source>
        <translation>Расчёт ёмкости для версий %1 и %2…</translation>
    </message>
    <message numerus="yes">
        <source>Parcels hold %1 leopards before and %2 after; %n parcel(s) changed.</source>
        <translation>
            <numerusform>Участки вмещают %1 леопардов до и %2 после; изменился %n участок.</numerusform>
            <numerusform>Участки вмещают %1 леопардов до и %2 после; изменились %n участка.</numerusform>
            <numerusform>Участки вмещают %1 леопардов до и %2 после; изменилось %n участков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::ForestVersionsPanel</name>
    <message>
        <source>canopy %</source>
        <translation>сомкнутость, %</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>классы</translation>
    </message>
    <message>
        <source>forest loss</source>
        <translation>потеря леса</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Получена из</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version</source>
        <translation>Импортировать спутниковые снимки как новую версию лесного покрова</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Compute capacity and draw the map with the selected version</source>
        <translation>Считать ёмкость и рисовать карту по выбранной версии</translation>
    </message>
    <message>
        <source>Change Map</source>
        <translation>Карта изменений</translation>
    </message>
    <message>
        <source>Show where the canopy fell or rose between the previous version and the selected one</source>
        <translation>Показать, где сомкнутость снизилась или выросла между предыдущей и выбранной версией</translation>
    </message>
    <message>
        <source>Compare Capacity…</source>
        <translation>Сравнить ёмкость…</translation>
    </message>
    <message>
        <source>Leopards per parcel and candidate before and after the selected version</source>
        <translation>Леопарды по участкам и проектам до и после выбранной версии</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>Импорт отменён; проект не изменён.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (используется)</translation>
    </message>
    <message>
        <source>original layer</source>
        <translation>исходный слой</translation>
    </message>
    <message>
        <source>Save the project first: imported versions are written beside the project file.</source>
        <translation>Сначала сохраните проект: импортированные версии записываются рядом с файлом проекта.</translation>
    </message>
    <message>
        <source>Imported forest version %1.</source>
        <translation>Импортирована версия леса %1.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change map from version %1 to %2 written to %3.</source>
        <translation>Карта изменений от версии %1 к %2 записана в %3.</translation>
    </message>
    <message>
        <source>Computing the change map…</source>
        <translation>Расчёт карты изменений…</translation>
    </message>
</context>
<context>
    <name>hp::gui::IdentifyPanel</name>
    <message>
        <source>Click the map with the Identify tool.</source>
        <translation>Щёлкните по карте инструментом «Информация».</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Nothing at %1, %2.</source>
        <translation>В точке %1, %2 ничего нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2</source>
        <translation>
            <numerusform>%n результат в точке %1, %2</numerusform>
            <numerusform>%n результата в точке %1, %2</numerusform>
            <numerusform>%n результатов в точке %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::ImportForestDialog</name>
    <message>
        <source>Import Satellite Layer</source>
        <translation>Импорт спутникового слоя</translation>
    </message>
    <message>
        <source>Satellite Imagery</source>
        <translation>Спутниковые снимки</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;All files (*)</source>
        <translation>Растры (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Class Table</source>
        <translation>Таблица классов</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Таблицы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Canopy cover % (a tree-cover product)</source>
        <translation>Сомкнутость полога, % (продукт древесного покрова)</translation>
    </message>
    <message>
        <source>NDVI from red and near-infrared bands</source>
        <translation>NDVI из красного и ближнего инфракрасного каналов</translation>
    </message>
    <message>
        <source>Land-cover classes with a class table</source>
        <translation>Классы земного покрова с таблицей классов</translation>
    </message>
    <message>
        <source>Forest loss year (applied to the current cover)</source>
        <translation>Год потери леса (применяется к текущему покрову)</translation>
    </message>
    <message>
        <source>Values 0–100 are taken as canopy cover in per cent; other values count as no data.</source>
        <translation>Значения 0–100 считаются сомкнутостью в процентах; прочие значения — отсутствием данных.</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>Canopy %</source>
        <translation>Сомкнутость, %</translation>
    </message>
    <message>
        <source>Add Breakpoint</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <source>Remove Breakpoint</source>
        <translation>Удалить точку</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Red band:</source>
        <translation>Красный канал:</translation>
    </message>
    <message>
        <source>Near-infrared band:</source>
        <translation>Ближний ИК-канал:</translation>
    </message>
    <message>
        <source>Sentinel-2: red B4, near-infrared B8. Landsat 8/9: red B4, near-infrared B5.</source>
        <translation>Sentinel-2: красный B4, ближний ИК B8. Landsat 8/9: красный B4, ближний ИК B5.</translation>
    </message>
    <message>
        <source>NDVI → canopy:</source>
        <translation>NDVI → сомкнутость:</translation>
    </message>
    <message>
        <source>ESA WorldCover classes (10 tree cover = 80 %)</source>
        <translation>Классы ESA WorldCover (10 древесный покров = 80 %)</translation>
    </message>
    <message>
        <source>Class table (CSV: class,canopy_pct):</source>
        <translation>Таблица классов (CSV: class,canopy_pct):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Loss from year:</source>
        <translation>Потеря начиная с года:</translation>
    </message>
    <message>
        <source>Pixels lost in this year or later become 0 % canopy; the rest keep the current cover. Hansen Global Forest Change values 1, 2, … stand for 2001, 2002, …</source>
        <translation>Пиксели, потерянные в этом году или позже, получают сомкнутость 0 %; остальные сохраняют текущий покров. Значения Hansen Global Forest Change 1, 2, … означают 2001, 2002, …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Files (tiles are mosaicked):</source>
        <translation>Файлы (тайлы сшиваются):</translation>
    </message>
    <message>
        <source>The files hold:</source>
        <translation>Файлы содержат:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Date of the imagery:</source>
        <translation>Дата съёмки:</translation>
    </message>
    <message>
        <source>Add at least one raster file to import.</source>
        <translation>Добавьте хотя бы один растровый файл для импорта.</translation>
    </message>
    <message>
        <source>The red and near-infrared bands must differ.</source>
        <translation>Красный и ближний ИК-каналы должны различаться.</translation>
    </message>
    <message>
        <source>Breakpoint %1 is not a pair of numbers.</source>
        <translation>Точка %1 — не пара чисел.</translation>
    </message>
    <message>
        <source>Choose a class table or ESA WorldCover.</source>
        <translation>Выберите таблицу классов или ESA WorldCover.</translation>
    </message>
    <message>
        <source>%1: the class table cannot be opened (%2).</source>
        <translation>%1: таблицу классов нельзя открыть (%2).</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPanel</name>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Переместить слой &amp;вверх</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>Переместить слой в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Удалить слой</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Масштаб по слою</translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation>&amp;Свойства слоя…</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Непрозрачность выбранного слоя</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPropertiesDialog</name>
    <message>
        <source>Greens (canopy)</source>
        <translation>Зелёные (полог)</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Серые</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Рельеф</translation>
    </message>
    <message>
        <source>Spectral</source>
        <translation>Спектральная</translation>
    </message>
    <message>
        <source>Layer Properties — %1</source>
        <translation>Свойства слоя — %1</translation>
    </message>
    <message>
        <source>Layer rendering</source>
        <translation>Отрисовка слоя</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выберите цвет</translation>
    </message>
    <message>
        <source>Band rendering</source>
        <translation>Отрисовка канала</translation>
    </message>
    <message>
        <source>Singleband pseudocolour</source>
        <translation>Одноканальная псевдоцветная</translation>
    </message>
    <message>
        <source>Paletted (the file&apos;s colour table)</source>
        <translation>Палитра (таблица цветов файла)</translation>
    </message>
    <message>
        <source>Multiband colour (red, green, blue)</source>
        <translation>Многоканальная цветная (красный, зелёный, синий)</translation>
    </message>
    <message>
        <source>Render type</source>
        <translation>Тип отрисовки</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Цветовая шкала</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>Без заливки</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>Штриховка</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>Толщина контура</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(без подписей)</translation>
    </message>
    <message>
        <source>Label with</source>
        <translation>Подписывать по</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Цвет подписей</translation>
    </message>
</context>
<context>
    <name>hp::gui::LogPanel</name>
    <message>
        <source>INFO</source>
        <translation>ИНФО</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>КРИТИЧНО</translation>
    </message>
</context>
<context>
    <name>hp::gui::MainWindow</name>
    <message>
        <source>Habitat Planner</source>
        <translation>Планировщик местообитаний</translation>
    </message>
    <message>
        <source>Add &amp;Raster Layer…</source>
        <translation>Добавить &amp;растровый слой…</translation>
    </message>
    <message>
        <source>Add a raster layer from any file GDAL reads</source>
        <translation>Добавить растровый слой из любого файла, читаемого GDAL</translation>
    </message>
    <message>
        <source>Add &amp;Vector Layer…</source>
        <translation>Добавить &amp;векторный слой…</translation>
    </message>
    <message>
        <source>Add the layers of a vector file (GeoPackage, Shapefile, GeoJSON, KML, …)</source>
        <translation>Добавить слои векторного файла (GeoPackage, Shapefile, GeoJSON, KML, …)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Region</source>
        <translation>Открыть &amp;пример района</translation>
    </message>
    <message>
        <source>Add the sample region of south-west Primorsky Krai</source>
        <translation>Добавить пример района на юго-западе Приморского края</translation>
    </message>
    <message>
        <source>Save Map as &amp;Image…</source>
        <translation>Сохранить карту как &amp;изображение…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Pan Map</source>
        <translation>&amp;Панорамирование</translation>
    </message>
    <message>
        <source>Drag the map; the arrow keys and the middle button pan with any tool</source>
        <translation>Перетаскивайте карту; стрелки и средняя кнопка мыши панорамируют с любым инструментом</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom in</source>
        <translation>Выделите рамку или щёлкните, чтобы увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom out</source>
        <translation>Выделите рамку или щёлкните, чтобы уменьшить</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Информация об объектах</translation>
    </message>
    <message>
        <source>Click the map to see parcel attributes, basin and canopy value</source>
        <translation>Щёлкните по карте, чтобы увидеть атрибуты участка, бассейн и сомкнутость полога</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>&amp;Полный охват</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;About Habitat Planner</source>
        <translation>&amp;О программе «Планировщик местообитаний»</translation>
    </message>
    <message>
        <source>About Habitat Planner</source>
        <translation>О программе «Планировщик местообитаний»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Habitat Planner %1&lt;/b&gt;&lt;p&gt;Planning reserves for the Amur leopard in south-west Primorsky Krai.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, GEOS and PROJ.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Планировщик местообитаний %1&lt;/b&gt;&lt;p&gt;Планирование заповедников для дальневосточного леопарда на юго-западе Приморского края.&lt;/p&gt;&lt;p&gt;Создан на основе Qt, GDAL, GEOS и PROJ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Результаты запроса</translation>
    </message>
    <message>
        <source>Log Messages</source>
        <translation>Журнал сообщений</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Слой</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Data Source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Навигация по карте</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>Панели &amp;инструментов</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open layer</source>
        <translation>Не удаётся открыть слой</translation>
    </message>
    <message>
        <source>Generating the sample region in %1…</source>
        <translation>Создание примера района в %1…</translation>
    </message>
    <message>
        <source>Sample region not generated: cancelled.</source>
        <translation>Пример района не создан: отменено.</translation>
    </message>
    <message>
        <source>Habitat Planner — Sample region</source>
        <translation>Планировщик местообитаний — пример района</translation>
    </message>
    <message>
        <source>Opened the sample region from %1</source>
        <translation>Открыт пример района из %1</translation>
    </message>
    <message>
        <source>Cannot open the sample region</source>
        <translation>Не удаётся открыть пример района</translation>
    </message>
    <message>
        <source>Add Raster Layer</source>
        <translation>Добавить растровый слой</translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;All files (*)</source>
        <translation>Растровые файлы (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add Vector Layer</source>
        <translation>Добавить векторный слой</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;All files (*)</source>
        <translation>Векторные файлы (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save Map as Image</source>
        <translation>Сохранить карту как изображение</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>Изображение PNG (*.png);;Изображение JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation>Не удаётся сохранить изображение</translation>
    </message>
    <message>
        <source>%1: the image cannot be written</source>
        <translation>%1: изображение не записывается</translation>
    </message>
    <message>
        <source>Some layers could not be drawn: %1</source>
        <translation>Некоторые слои не удалось отрисовать: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::MapStatusWidget</name>
    <message>
        <source>Cursor position in the map CRS</source>
        <translation>Положение курсора в СК карты</translation>
    </message>
    <message>
        <source>Cursor position as WGS 84 latitude and longitude</source>
        <translation>Положение курсора: широта и долгота WGS 84</translation>
    </message>
    <message>
        <source>Map scale; type one to zoom to it</source>
        <translation>Масштаб карты; введите значение, чтобы перейти к нему</translation>
    </message>
    <message>
        <source>Rendering the map</source>
        <translation>Отрисовка карты</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Координата</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>с. ш.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ю. ш.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>в. д.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>з. д.</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>Нет СК</translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation>СК карты: %1</translation>
    </message>
</context>
</TS>
