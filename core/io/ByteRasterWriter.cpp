// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ByteRasterWriter.h"

#include <algorithm>
#include <filesystem>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/AtomicFile.h"

namespace hp {

ByteRasterWriter::ByteRasterWriter(std::string outPath, int width, int height, const GeoTransform& transform,
                                   const Crs& crs, std::uint8_t nodata, const std::string& description)
    : outPath_(std::move(outPath)), tempPath_(temporarySibling(outPath_)), width_(width), height_(height) {
  gdal::ensureRegistered();
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  CPLStringList creation;
  for (const char* o : {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"})
    creation.AddString(o);
  gdal::ErrorCollector errors;
  dataset_.reset(gtiff->Create(tempPath_.c_str(), width, height, 1, GDT_Byte, creation.List()));
  if (!dataset_) throw Error(ErrorCode::WriteFailed, outPath_, noSpaceLeft(outPath_) ? "no space left on the device" : "cannot create: " + errors.failure());
  dataset_->SetGeoTransform(const_cast<double*>(transform.c.data()));
  dataset_->SetSpatialRef(crs.ogr());
  GDALRasterBand* band = dataset_->GetRasterBand(1);
  band->SetNoDataValue(nodata);
  band->SetDescription(description.c_str());
}

ByteRasterWriter::~ByteRasterWriter() {
  if (committed_) return;
  dataset_.reset();
  std::error_code ec;
  std::filesystem::remove(tempPath_, ec);
}

void ByteRasterWriter::setColorTable(const std::vector<std::uint32_t>& argb) {
  GDALColorTable table;
  for (std::size_t i = 0; i < argb.size(); ++i) {
    const std::uint32_t c = argb[i];
    const GDALColorEntry entry{short((c >> 16) & 0xff), short((c >> 8) & 0xff), short(c & 0xff), short(c >> 24)};
    table.SetColorEntry(int(i), &entry);
  }
  GDALRasterBand* band = dataset_->GetRasterBand(1);
  band->SetColorTable(&table);
  band->SetColorInterpretation(GCI_PaletteIndex);
}

void ByteRasterWriter::writeRows(int row, int rows, const std::uint8_t* values) {
  gdal::ErrorCollector errors;
  if (dataset_->GetRasterBand(1)->RasterIO(GF_Write, 0, row, width_, rows, const_cast<std::uint8_t*>(values), width_,
                                           rows, GDT_Byte, 0, 0, nullptr) != CE_None ||
      errors.hasFailure())
    throw Error(ErrorCode::WriteFailed, outPath_,
                (noSpaceLeft(outPath_) ? "no space left on the device, " : "") + ("cannot write near row " + std::to_string(row)) +
                    ": " + errors.failure());
}

void ByteRasterWriter::commit(const char* resampling) {
  gdal::ErrorCollector errors;
  int levels[] = {2, 4, 8, 16, 32};
  int levelCount = 0;
  while (levelCount < 5 && std::max(width_, height_) / levels[levelCount] >= 64) ++levelCount;
  if (levelCount && dataset_->BuildOverviews(resampling, levelCount, levels, 0, nullptr, nullptr, nullptr) != CE_None)
    throw Error(ErrorCode::WriteFailed, outPath_,
                noSpaceLeft(outPath_) ? "no space left on the device" : "cannot build overviews: " + errors.failure());
  dataset_.reset();  // GDALClose flushes; its errors land in `errors`
  if (errors.hasFailure())
    throw Error(ErrorCode::WriteFailed, outPath_, noSpaceLeft(outPath_) ? "no space left on the device" : errors.failure());
  commitAtomically(tempPath_, outPath_);
  committed_ = true;
}

}  // namespace hp
