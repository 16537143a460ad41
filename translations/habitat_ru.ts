<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
      <source>Run 'habitat-cli &lt;command&gt; --help' for a command's options.</source>
      <translation>Запустите «habitat-cli &lt;команда&gt; --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
      <source>habitat-cli: unknown command '%1'</source>
      <translation>habitat-cli: неизвестная команда «%1»</translation>
    </message>
  </context>
  <context>
    <name>hp::gui::MainWindow</name>
    <message>
      <source>Habitat Planner</source>
      <translation>Планировщик местообитаний</translation>
    </message>
  </context>
</TS>