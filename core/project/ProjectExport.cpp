// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectExport.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "capacity/CapacityEngine.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "geo/Geos.h"
#include "io/AtomicFile.h"
#include "io/VectorWriter.h"

namespace hp::project {

namespace {

constexpr double kKm2PerSqMi = 2.589988110336;  // (1.609344 km)²

// The export formats by the OGR driver vectorDriverForExtension picks for a file.
struct FormatDriver {
  ExportFormat format;
  const char* driver;
};
constexpr FormatDriver kFormatDrivers[] = {{ExportFormat::GeoPackage, "GPKG"}, {ExportFormat::Shapefile, "ESRI Shapefile"},
                                           {ExportFormat::GeoJson, "GeoJSON"},  {ExportFormat::Kml, "LIBKML"},
                                           {ExportFormat::Kml, "KML"},          {ExportFormat::Csv, "CSV"}};

bool holdsSeveralLayers(ExportFormat format) { return format == ExportFormat::GeoPackage || format == ExportFormat::Kml; }

// Polygons of `g` appended to `out` (polygons and multipolygons; anything else has no area to export).
void collectPolygons(const OGRGeometry& g, OGRMultiPolygon& out) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: out.addGeometry(&g); break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g.toGeometryCollection()) collectPolygons(*part, out);
      break;
    default: break;
  }
}

// The union of `parts` as one MultiPolygon: overlapping parcels and drawn polygons become one outline.
OGRGeometryUniquePtr unionOf(const std::vector<std::shared_ptr<const OGRGeometry>>& parts, const GeosContext& ctx) {
  OGRMultiPolygon all;
  for (const auto& p : parts)
    if (p) collectPolygons(*p, all);
  if (all.IsEmpty()) return OGRGeometryUniquePtr(new OGRMultiPolygon);
  const GeomPtr in = toGeos(ctx, all);
  const GeomPtr merged = adopt(ctx, GEOSUnaryUnion_r(ctx.handle(), in.get()));
  if (!merged) throw Error(ErrorCode::InvalidGeometry, {}, "the candidate's polygons cannot be merged: " + ctx.lastError());
  OGRGeometryUniquePtr g = toOgr(ctx, merged.get());
  auto multi = std::make_unique<OGRMultiPolygon>();
  if (g) collectPolygons(*g, *multi);
  return OGRGeometryUniquePtr(multi.release());
}

// A candidate's parcels for a table cell: ids joined by "; " when one of them holds a comma
// (a register number may), else by commas as before.
std::string joinIds(const std::vector<ParcelId>& ids) {
  const bool commas = std::any_of(ids.begin(), ids.end(), [](const ParcelId& id) { return id.find(',') != std::string::npos; });
  std::string s;
  for (const ParcelId& id : ids) {
    if (!s.empty()) s += commas ? "; " : ",";
    s += id;
  }
  return s;
}

FieldValue nullable(double v) { return std::isnan(v) ? FieldValue{} : FieldValue{v}; }

// The style string OGR turns into a KML <Style>: a light fill and a solid outline in the candidate colour.
std::string kmlStyle(const std::string& colour) {
  const bool valid = colour.size() == 7 && colour[0] == '#' &&
                     std::all_of(colour.begin() + 1, colour.end(), [](unsigned char c) { return std::isxdigit(c); });
  const std::string c = valid ? colour : std::string("#d62728");
  return "BRUSH(fc:" + c + "55);PEN(c:" + c + "ff,w:2px)";
}

// Integers as 32-bit when every value fits: KML and CSV readers take 64-bit ones for strings.
OGRFieldType ogrType(const VectorLayer& layer, std::size_t field) {
  switch (layer.fields[field].type) {
    case FieldType::Integer:
      for (const Feature& f : layer.features)
        if (field < f.attributes.size())
          if (const auto* v = std::get_if<std::int64_t>(&f.attributes[field]); v && (*v > INT32_MAX || *v < INT32_MIN))
            return OFTInteger64;
      return OFTInteger;
    case FieldType::Real: return OFTReal;
    case FieldType::String: return OFTString;
  }
  return OFTString;
}

// Field names as the format will store them: unique dBase names for Shapefiles, unchanged elsewhere.
std::vector<std::string> storedFieldNames(const VectorLayer& layer, ExportFormat format) {
  std::vector<std::string> names;
  std::set<std::string> used;
  for (const FieldDef& f : layer.fields) {
    std::string name = format == ExportFormat::Shapefile ? shapefileFieldName(f.name) : f.name;
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    // Two long names cut to the same ten characters: number the later ones (name_1 ... within 10 chars).
    for (int n = 1; used.count(lower); ++n) {
      const std::string suffix = "_" + std::to_string(n);
      name = name.substr(0, std::min(name.size(), 10 - suffix.size())) + suffix;
      lower = name;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    }
    used.insert(lower);
    names.push_back(name);
  }
  return names;
}

struct NamedLayer {
  std::string name;
  const VectorLayer* layer;
  bool styled;  // KML: each feature in its `colour` field's colour
};

// Writes `layers` into one new file at `tempPath` (with the extension of `finalPath`, which names
// errors; `format` is the one that extension names).
void writeDataset(const std::string& tempPath, const std::string& finalPath, ExportFormat format,
                                      const std::vector<NamedLayer>& layers) {
  gdal::ensureRegistered();
  gdal::ErrorCollector errors;
  auto fail = [&](const std::string& what) {
    throw Error(ErrorCode::WriteFailed, finalPath, what + (errors.failure().empty() ? "" : ": " + errors.failure()));
  };
  const std::string driverName = vectorDriverForPath(finalPath);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!driver) throw Error(ErrorCode::WriteFailed, finalPath, "GDAL has no " + driverName + " driver");

  // The KML driver needs telling which field is the Placemark's <name>; LIBKML takes "name" itself.
  char** datasetOptions = nullptr;
  if (driverName == "KML") datasetOptions = CSLSetNameValue(datasetOptions, "NameField", "name");
  GDALDatasetUniquePtr ds(driver->Create(tempPath.c_str(), 0, 0, 0, GDT_Unknown, datasetOptions));
  CSLDestroy(datasetOptions);
  if (!ds) fail("cannot create the file");

  const Crs wgs84 = Crs::wgs84();
  for (const NamedLayer& named : layers) {
    const VectorLayer& layer = *named.layer;
    const bool toWgs84 = format == ExportFormat::Kml;
    std::optional<CoordinateTransform> transform;
    if (toWgs84 && !layer.crs.isEmpty()) transform.emplace(layer.crs, wgs84, finalPath);
    const Crs& crs = toWgs84 ? wgs84 : layer.crs;

    char** layerOptions = nullptr;
    if (format == ExportFormat::Shapefile) layerOptions = CSLSetNameValue(layerOptions, "ENCODING", "UTF-8");
    if (format == ExportFormat::GeoJson) layerOptions = CSLSetNameValue(layerOptions, "WRITE_BBOX", "YES");
    if (format == ExportFormat::Csv) layerOptions = CSLSetNameValue(layerOptions, "STRING_QUOTING", "IF_NEEDED");
    const OGRwkbGeometryType geomType = format == ExportFormat::Csv ? wkbNone : wkbMultiPolygon;
    const OGRSpatialReference* srs = format == ExportFormat::Csv || crs.isEmpty() ? nullptr : crs.ogr();
    OGRLayer* out = ds->CreateLayer(named.name.c_str(), const_cast<OGRSpatialReference*>(srs), geomType, layerOptions);
    CSLDestroy(layerOptions);
    if (!out) fail("cannot create layer '" + named.name + "'");

    const std::vector<std::string> names = storedFieldNames(layer, format);
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
      OGRFieldDefn defn(names[i].c_str(), ogrType(layer, i));
      if (out->CreateField(&defn) != OGRERR_NONE) fail("cannot create field '" + names[i] + "'");
    }
    // Where each field landed: KML's layers start with their own Name and Description fields, and
    // "name" becomes the Placemark's <name>, so positions differ from layer.fields'.
    std::vector<int> target;
    for (const std::string& n : names) target.push_back(out->GetLayerDefn()->GetFieldIndex(n.c_str()));
    const int colourField = layer.fieldIndex("colour");

    const bool transaction = ds->StartTransaction() == OGRERR_NONE;
    for (const Feature& f : layer.features) {
      const bool styled = format == ExportFormat::Kml && named.styled && colourField >= 0;
      const std::string style = styled ? kmlStyle(toString(f.attributes[std::size_t(colourField)])) : std::string();
      if (createFeature(*out, f, target, geomType, transform ? &*transform : nullptr, style) != OGRERR_NONE)
        fail("cannot write feature " + std::to_string(f.fid));
    }
    if (transaction && ds->CommitTransaction() != OGRERR_NONE) fail("cannot commit layer '" + named.name + "'");
  }

  ds.reset();  // flush and close before anything is renamed
  if (errors.hasFailure()) fail("writing failed");
}

// The files GDAL made under the temporary name: `tempPath` and its sidecars (.shx, .dbf, .prj, .cpg).
std::vector<std::string> filesWithStemOf(const std::string& tempPath) {
  const std::filesystem::path p(tempPath);
  const std::filesystem::path folder = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.path().stem() == p.stem()) files.push_back(entry.path().string());
  return files;
}

void removeQuietly(const std::vector<std::string>& files) {
  std::error_code ec;
  for (const std::string& f : files) std::filesystem::remove(f, ec);
}

// Writes one file (with its sidecars) under a temporary name, then renames each into place; the main
// file (.shp) goes last, so a reader never finds a new .shp beside old sidecars.
void writeOneFile(const std::string& path, ExportFormat format, const std::vector<NamedLayer>& layers) {
  const std::filesystem::path finalPath(path);
  const std::filesystem::path folder = finalPath.has_parent_path() ? finalPath.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(folder))
    throw Error(ErrorCode::WriteFailed, path, "the folder " + folder.string() + " does not exist");
  const std::string temp = temporarySibling(path);
  try {
    writeDataset(temp, path, format, layers);
  } catch (...) {
    removeQuietly(filesWithStemOf(temp));  // whatever GDAL made: .shp, .dbf, .shx, ...
    throw;
  }
  const std::string finalStem = finalPath.stem().string();
  std::vector<std::pair<std::string, std::string>> renames;  // sidecar: temp -> final
  for (const std::string& f : filesWithStemOf(temp))
    if (f != temp) renames.emplace_back(f, (folder / (finalStem + std::filesystem::path(f).extension().string())).string());
  try {
    if (format == ExportFormat::Shapefile) {
      // Sidecars of an older Shapefile of that name that this one does not have would describe the wrong
      // data (a stale spatial index above all).
      for (const char* ext : {".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd"}) {
        const std::string old = (folder / (finalStem + ext)).string();
        const bool replaced = std::any_of(renames.begin(), renames.end(), [&](const auto& r) { return r.second == old; });
        std::error_code ec;
        if (!replaced) std::filesystem::remove(old, ec);
      }
    }
    for (const auto& [from, to] : renames) commitAtomically(from, to);
    commitAtomically(temp, path);
  } catch (...) {
    std::vector<std::string> left;
    for (const auto& r : renames) left.push_back(r.first);
    left.push_back(temp);
    removeQuietly(left);
    throw;
  }
}

}  // namespace

ExportFormat exportFormatForPath(const std::string& path) {
  const std::string driver = vectorDriverForExtension(path);
  for (const FormatDriver& f : kFormatDrivers)
    if (driver == f.driver) return f.format;
  throw Error(ErrorCode::InvalidInput, path,
              "unsupported export format '" + lowerExtension(path) + "' (use .gpkg, .shp, .geojson, .kml or .csv)");
}

std::string shapefileFieldName(const std::string& name) {
  static const std::map<std::string, std::string> kShort = {
      {"leopards_fractional", "leop_frac"}, {"leopards_min", "leop_min"},      {"leopards_max", "leop_max"},
      {"habitat_km2", "habitat_km"},        {"mean_canopy", "canopy_pct"},     {"largest_patch_km2", "lpatch_km2"},
      {"gain_leopards", "gain_leop"},       {"gain_fractional", "gain_frac"}, {"leopards_per_musd", "leop_musd"},
      {"leopards_with_reserve", "leop_wres"}, {"added_leopards", "add_leop"}, {"added_leopards_min", "add_lmin"},
      {"added_leopards_max", "add_lmax"},   {"added_per_musd", "add_musd"},
      {"corridor_reachable", "corr_reach"}, {"corridor_cost_km", "corr_cost"}, {"corridor_length_km", "corr_len"},
      {"corridor_width_km", "corr_width"},
  };
  if (const auto it = kShort.find(name); it != kShort.end()) return it->second;
  return name.size() <= 10 ? name : name.substr(0, 10);
}

std::vector<ParcelRank> parcelRanks(const std::vector<ranking::RankedParcel>& order) {
  std::vector<ParcelRank> ranks;
  ranks.reserve(order.size());
  for (const ranking::RankedParcel& r : order)
    ranks.push_back({r.id, r.rank, double(r.gainLeopards), r.gainFractional,
                     r.cost > 0 ? double(r.gainLeopards) / (r.cost / 1e6) : 0.0, double(r.leopardsWithReserve),
                     double(r.addedLeopards), double(r.addedLeopardsMin), double(r.addedLeopardsMax),
                     std::isnan(r.addedPerMusd) ? std::nullopt : std::optional<double>(r.addedPerMusd)});
  return ranks;
}

VectorLayer candidatesLayer(const std::vector<Candidate>& candidates, const std::vector<CandidateFigures>& figures,
                            const ProjectData& data, const std::vector<CandidateCorridor>* corridors) {
  if (figures.size() < candidates.size())
    throw Error(ErrorCode::InvalidInput, {}, "candidate figures are missing for the export");
  if (corridors && corridors->size() < candidates.size())
    throw Error(ErrorCode::InvalidInput, {}, "candidate corridors are missing for the export");
  VectorLayer layer;
  layer.layerName = "candidates";
  layer.crs = data.parcels.crs;
  layer.fields = {{"name", FieldType::String},     {"colour", FieldType::String},  {"area_km2", FieldType::Real},
                  {"area_sqmi", FieldType::Real},  {"cost_usd", FieldType::Real},  {"leopards", FieldType::Integer},
                  {"leopards_fractional", FieldType::Real}, {"leopards_min", FieldType::Integer},
                  {"leopards_max", FieldType::Integer},     {"parcel_ids", FieldType::String},
                  // Beside the existing reserve (null without one): together, and what the candidate adds.
                  {"leopards_with_reserve", FieldType::Integer}, {"added_leopards", FieldType::Integer},
                  {"added_leopards_min", FieldType::Integer},    {"added_leopards_max", FieldType::Integer},
                  {"added_per_musd", FieldType::Real}};
  if (corridors)
    layer.fields.insert(layer.fields.end(), {{"corridor_reachable", FieldType::Integer}, {"corridor_cost_km", FieldType::Real},
                                             {"corridor_length_km", FieldType::Real}, {"corridor_width_km", FieldType::Real}});
  GeosContext ctx;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    const CandidateFigures& f = figures[i];
    Feature feature;
    feature.fid = std::int64_t(i + 1);
    feature.attributes = {c.name,
                          c.color,
                          f.capacity.areaKm2,
                          f.capacity.areaKm2 / kKm2PerSqMi,
                          f.costUsd,
                          std::int64_t(f.capacity.leopards),
                          f.capacity.leopardsFractional,
                          std::int64_t(f.capacity.leopardsMin),
                          std::int64_t(f.capacity.leopardsMax),
                          joinIds(c.parcelIds)};
    auto whole = [](long v) { return FieldValue(std::int64_t(v)); };
    const FieldValue null;
    feature.attributes.push_back(f.withReserve ? whole(f.withReserve->leopards) : null);
    feature.attributes.push_back(f.added ? whole(f.added->leopards) : null);
    feature.attributes.push_back(f.added ? whole(f.added->leopardsMin) : null);
    feature.attributes.push_back(f.added ? whole(f.added->leopardsMax) : null);
    feature.attributes.push_back(f.added && !std::isnan(f.added->leopardsPerMillionUsd) ? FieldValue(f.added->leopardsPerMillionUsd) : null);
    if (corridors) {
      const CandidateCorridor& k = (*corridors)[i];
      feature.attributes.insert(feature.attributes.end(), {std::int64_t(k.reachable ? 1 : 0), nullable(k.costKm),
                                                           nullable(k.lengthKm), nullable(k.widthKm)});
    }
    feature.geometry = unionOf(candidateRegion(c, data).parts, ctx);
    layer.features.push_back(std::move(feature));
  }
  return layer;
}

VectorLayer parcelsLayer(const ProjectData& data, const std::vector<model::RegionCapacity>& capacity,
                         const std::vector<Candidate>& candidates, const std::vector<std::size_t>* parcelIndexes,
                         const std::vector<ParcelRank>* ranks) {
  std::vector<std::size_t> indexes;
  if (parcelIndexes) indexes = *parcelIndexes;
  else
    for (std::size_t i = 0; i < data.parcels.features.size(); ++i) indexes.push_back(i);
  if (capacity.size() != indexes.size())
    throw Error(ErrorCode::InvalidInput, data.parcels.path, "parcel capacity rows do not match the parcels exported");

  std::unordered_map<ParcelId, std::string> holders;  // parcel id -> "A; B"
  for (const Candidate& c : candidates)
    for (const ParcelId& id : c.parcelIds) {
      std::string& s = holders[id];
      if (s.find(c.name) != std::string::npos) continue;  // listed twice in one candidate
      s += (s.empty() ? "" : "; ") + c.name;
    }
  std::unordered_map<ParcelId, const ParcelRank*> rankOf;
  if (ranks)
    for (const ParcelRank& r : *ranks) rankOf[r.parcelId] = &r;

  VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = data.parcels.crs;
  layer.path = data.parcels.path;
  // The parcel layer's own fields, except those the export recomputes (a previous export used as parcels).
  std::vector<std::string> added = {"area_km2", "habitat_km2", "mean_canopy", "patches", "largest_patch_km2",
                                    "leopards", "leopards_fractional", "leopards_min", "leopards_max", "candidates"};
  if (ranks)
    for (const char* n : {"rank", "gain_leopards", "gain_fractional", "leopards_per_musd", "leopards_with_reserve", "added_leopards",
                          "added_leopards_min", "added_leopards_max", "added_per_musd"})
      added.emplace_back(n);
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < data.parcels.fields.size(); ++i) {
    std::string lower = data.parcels.fields[i].name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (std::find(added.begin(), added.end(), lower) != added.end()) continue;
    kept.push_back(i);
    layer.fields.push_back(data.parcels.fields[i]);
  }
  for (const std::string& n : added) {
    const bool integer = n == "patches" || n == "leopards" || n == "leopards_min" || n == "leopards_max" || n == "rank" ||
                         n == "leopards_with_reserve" || n == "added_leopards" || n == "added_leopards_min" || n == "added_leopards_max";
    layer.fields.push_back({n, n == "candidates" ? FieldType::String : integer ? FieldType::Integer : FieldType::Real});
  }

  for (std::size_t k = 0; k < indexes.size(); ++k) {
    const Feature& src = data.parcels.features.at(indexes[k]);
    const model::RegionCapacity& r = capacity[k];
    Feature f;
    f.fid = src.fid;
    for (std::size_t i : kept) f.attributes.push_back(i < src.attributes.size() ? src.attributes[i] : FieldValue{});
    f.attributes.insert(f.attributes.end(),
                        {r.areaKm2, r.habitatKm2, nullable(r.meanCanopyPct), std::int64_t(r.patches), r.largestPatchKm2,
                         std::int64_t(r.leopards), r.leopardsFractional, std::int64_t(r.leopardsMin),
                         std::int64_t(r.leopardsMax)});
    const ParcelId& id = data.parcelId(indexes[k]);
    const auto holder = holders.find(id);
    f.attributes.push_back(holder == holders.end() ? FieldValue{} : FieldValue{holder->second});
    if (ranks) {
      const auto it = rankOf.find(id);
      if (it == rankOf.end()) {
        f.attributes.insert(f.attributes.end(), 9, FieldValue{});
      } else {
        const ParcelRank& pr = *it->second;
        auto whole = [](double v) { return FieldValue(std::int64_t(std::llround(v))); };
        f.attributes.insert(f.attributes.end(), {std::int64_t(pr.rank), pr.gainLeopards, pr.gainFractional, pr.leopardsPerMillionUsd,
                                                 whole(pr.leopardsWithReserve), whole(pr.addedLeopards), whole(pr.addedLeopardsMin),
                                                 whole(pr.addedLeopardsMax), pr.addedPerMusd ? FieldValue(*pr.addedPerMusd) : FieldValue{}});
      }
    }
    f.geometry.reset(src.geometry->clone());
    layer.features.push_back(std::move(f));
  }
  return layer;
}

std::vector<std::string> writeExportLayers(const std::string& path, const ExportLayers& layers) {
  const ExportFormat format = exportFormatForPath(path);
  std::vector<NamedLayer> named;
  if (layers.candidates) named.push_back({"candidates", &*layers.candidates, true});
  if (layers.parcels) named.push_back({"parcels", &*layers.parcels, false});
  if (named.empty()) throw Error(ErrorCode::InvalidInput, path, "nothing to export");

  if (holdsSeveralLayers(format) || named.size() == 1) {
    writeOneFile(path, format, named);
    return {path};
  }
  std::vector<std::string> files;
  const std::filesystem::path p(path);
  for (const NamedLayer& layer : named) {
    const std::string file = (p.parent_path() / (p.stem().string() + "_" + layer.name + p.extension().string())).string();
    writeOneFile(file, format, {layer});
    files.push_back(file);
  }
  return files;
}

std::vector<std::string> exportProjectData(const Project& project, const ProjectData& data, const std::string& path,
                                           const DataExportOptions& options, const Progress& progress) {
  exportFormatForPath(path);  // a bad extension fails before any evaluation
  if (!options.candidates && !options.parcels) throw Error(ErrorCode::InvalidInput, path, "nothing to export");
  std::vector<Candidate> chosen = project.candidates;
  std::size_t chosenIndex = 0;  // with options.candidate: its place in project.candidates
  if (!options.candidate.empty()) {
    const Candidate* c = project.candidate(options.candidate);
    if (!c) throw Error(ErrorCode::InvalidInput, {}, "the project has no candidate named '" + options.candidate + "'");
    chosen = {*c};
    chosenIndex = std::size_t(c - project.candidates.data());
  }
  if (options.figures && options.figures->size() != project.candidates.size())
    throw Error(ErrorCode::InvalidInput, {}, "the candidates' figures do not match the project's candidates");
  const double candidateShare = options.parcels ? 0.3 : 1.0;
  auto scaled = [&](double from, double share) -> Progress {
    if (!progress) return {};
    return [=](double f, const std::string& stage) { return progress(from + share * f, stage); };
  };

  ExportLayers layers;
  if (options.candidates) {
    std::vector<CandidateFigures> figures;
    if (options.figures) {
      figures = options.candidate.empty() ? *options.figures : std::vector{(*options.figures)[chosenIndex]};
    } else {
      Project subset = project;
      subset.candidates = chosen;
      figures = evaluateCandidates(subset, data, true, scaled(0, candidateShare));
    }
    if (options.corridors && options.corridors->size() != project.candidates.size())
      throw Error(ErrorCode::InvalidInput, {}, "the candidates' corridors do not match the project's candidates");
    std::vector<CandidateCorridor> corridors;
    if (options.corridors)
      corridors = options.candidate.empty() ? *options.corridors : std::vector{(*options.corridors)[chosenIndex]};
    layers.candidates = candidatesLayer(chosen, figures, data, options.corridors ? &corridors : nullptr);
  }
  if (options.parcels) {
    std::vector<std::size_t> indexes;
    if (!options.candidate.empty()) {
      for (const ParcelId& id : chosen.front().parcelIds)
        if (const auto it = data.parcelIndex.find(id); it != data.parcelIndex.end()) indexes.push_back(it->second);
    } else {
      for (std::size_t i = 0; i < data.parcels.features.size(); ++i) indexes.push_back(i);
    }
    std::vector<capacity::Region> regions;
    for (std::size_t i : indexes)
      regions.push_back({data.parcelId(i), data.parcels.crs, {data.parcelGeometries[i]}});
    const double from = options.candidates ? candidateShare : 0.0;
    std::vector<model::RegionCapacity> capacity =
        regions.empty() ? std::vector<model::RegionCapacity>{}
                        : capacity::evaluateRegions(data.inputs, regions, data.model, scaled(from, 1.0 - from));
    // A candidate without known parcels exports an empty parcel layer, not every parcel.
    layers.parcels = parcelsLayer(data, capacity, project.candidates, &indexes, options.ranks);
  }
  reportProgress(progress, 1.0, "writing");
  return writeExportLayers(path, layers);
}

}  // namespace hp::project
