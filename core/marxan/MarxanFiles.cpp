// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanFiles.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "geo/Error.h"
#include "io/DelimitedReader.h"

namespace hp::ranking {

namespace fs = std::filesystem;

namespace {

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
  return s;
}

std::string stripQuotes(std::string s) {
  if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'')))
    s = s.substr(1, s.size() - 2);
  return s;
}

// Marxan resolves names against folders; an absolute name stands alone.
std::string resolve(const fs::path& folder, const std::string& name) {
  const fs::path p(name);
  return (p.is_absolute() ? p : folder / p).lexically_normal().string();
}

// Names go into comma-separated files that Marxan reads without quoting rules.
std::string safeName(const std::string& name) {
  std::string s = name;
  for (char& c : s)
    if (c == ',' || c == '\t' || c == '"' || c == '\n' || c == '\r') c = ' ';
  return s;
}

class TextFile {
 public:
  explicit TextFile(std::string path) : path_(std::move(path)) {
    std::error_code ec;
    const fs::path parent = fs::path(path_).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    stream_.open(path_, std::ios::binary | std::ios::trunc);
    if (!stream_) throw Error(ErrorCode::WriteFailed, path_, "cannot create the file");
  }
  std::ofstream& out() { return stream_; }
  void close() {
    stream_.close();
    if (!stream_) throw Error(ErrorCode::WriteFailed, path_, "write error");
  }

 private:
  std::string path_;
  std::ofstream stream_;
};

}  // namespace

MarxanSettings readMarxanSettings(const std::string& inputDat, double* blm) {
  std::error_code ec;
  if (!fs::exists(inputDat, ec)) throw Error(ErrorCode::FileNotFound, inputDat, {});
  std::ifstream in(inputDat, std::ios::binary);
  if (!in) throw Error(ErrorCode::Unreadable, inputDat, "cannot open the file");
  MarxanSettings s;
  std::string line;
  int lineNumber = 0;
  auto fail = [&](const std::string& problem) {
    throw Error(ErrorCode::InvalidInput, inputDat, "line " + std::to_string(lineNumber) + ": " + problem);
  };
  while (std::getline(in, line)) {
    ++lineNumber;
    std::istringstream words(line);
    std::string key, value;
    if (!(words >> key)) continue;
    key = upper(key);
    static const std::unordered_set<std::string> known = {"BLM", "INPUTDIR", "OUTPUTDIR", "PUNAME", "SPECNAME",
                                                          "PUVSPRNAME", "BOUNDNAME", "SCENNAME", "NUMREPS"};
    if (!known.count(key)) continue;
    if (!(words >> value)) fail(key + " has no value");
    value = stripQuotes(value);
    if (key == "BLM") {
      const std::optional<double> v = parseNumber(value);
      if (!v || *v < 0.0) fail("BLM '" + value + "' is not a non-negative number");
      if (blm) *blm = *v;
    } else if (key == "NUMREPS") {
      const std::optional<std::int64_t> v = parseInteger(value);
      if (!v || *v < 1 || *v > 1000000) fail("NUMREPS '" + value + "' is not a positive whole number");
      s.numReps = int(*v);
    } else if (key == "INPUTDIR") {
      s.inputDir = value;
    } else if (key == "OUTPUTDIR") {
      s.outputDir = value;
    } else if (key == "PUNAME") {
      s.puName = value;
    } else if (key == "SPECNAME") {
      s.specName = value;
    } else if (key == "PUVSPRNAME") {
      s.puvsprName = value;
    } else if (key == "BOUNDNAME") {
      s.boundName = value;
    } else if (key == "SCENNAME") {
      s.scenarioName = value;
    }
  }
  return s;
}

std::vector<MarxanUnit> readMarxanUnits(const std::string& puDat) {
  DelimitedReader r(puDat);
  const int idColumn = r.requireColumn({"id"});
  const int costColumn = r.requireColumn({"cost"});
  const std::optional<int> statusColumn = r.findColumn({"status"});
  std::vector<MarxanUnit> units;
  std::unordered_set<std::int64_t> seen;
  while (r.next()) {
    MarxanUnit u;
    u.id = r.integer(idColumn);
    u.cost = r.number(costColumn);
    if (u.cost < 0.0) r.fail("cost " + formatNumber(u.cost) + " is negative");
    if (statusColumn) {
      const std::int64_t status = r.integer(*statusColumn);
      if (status < 0 || status > 3) r.fail("status " + std::to_string(status) + " is not 0, 1, 2 (locked in) or 3 (locked out)");
      u.status = MarxanStatus(int(status));
    }
    if (!seen.insert(u.id).second) r.fail("planning unit " + std::to_string(u.id) + " is listed twice");
    units.push_back(u);
  }
  return units;
}

std::vector<MarxanFeature> readMarxanFeatures(const std::string& specDat, std::vector<std::string>* warnings) {
  DelimitedReader r(specDat);
  const int idColumn = r.requireColumn({"id"});
  const std::optional<int> targetColumn = r.findColumn({"target"});
  const std::optional<int> propColumn = r.findColumn({"prop"});
  if (!targetColumn && !propColumn) r.requireColumn({"target", "prop"});
  const std::optional<int> spfColumn = r.findColumn({"spf"});
  const std::optional<int> nameColumn = r.findColumn({"name"});
  const std::optional<int> occurrenceColumn = r.findColumn({"targetocc"});
  std::vector<MarxanFeature> features;
  std::unordered_set<std::int64_t> seen;
  bool occurrenceTargets = false;
  while (r.next()) {
    MarxanFeature f;
    f.id = r.integer(idColumn);
    if (targetColumn) f.target = r.number(*targetColumn);
    if (propColumn) f.proportion = r.number(*propColumn);
    if (spfColumn) f.spf = r.number(*spfColumn);
    if (nameColumn) f.name = std::string(r.text(*nameColumn));
    if (f.target < 0.0) r.fail("target " + formatNumber(f.target) + " is negative");
    if (f.proportion < 0.0 || f.proportion > 1.0) r.fail("prop " + formatNumber(f.proportion) + " is not between 0 and 1");
    if (occurrenceColumn && r.number(*occurrenceColumn) > 0.0) occurrenceTargets = true;
    if (!seen.insert(f.id).second) r.fail("feature " + std::to_string(f.id) + " is listed twice");
    features.push_back(std::move(f));
  }
  if (occurrenceTargets && warnings)
    warnings->push_back(specDat + ": occurrence targets (targetocc) are not modelled; only amount targets are");
  return features;
}

std::vector<MarxanAmount> readMarxanAmounts(const std::string& puvsprDat, const MarxanProblem& unitsAndFeatures,
                                            std::vector<std::string>* warnings) {
  DelimitedReader r(puvsprDat);
  const int speciesColumn = r.requireColumn({"species"});
  const int puColumn = r.requireColumn({"pu"});
  const int amountColumn = r.requireColumn({"amount"});
  const std::unordered_map<std::int64_t, int> units = unitIndexById(unitsAndFeatures);
  std::unordered_map<std::int64_t, int> features;
  for (std::size_t f = 0; f < unitsAndFeatures.features.size(); ++f) features.emplace(unitsAndFeatures.features[f].id, int(f));
  std::vector<MarxanAmount> amounts;
  std::unordered_set<std::int64_t> unknownFeatures;
  while (r.next()) {
    const std::int64_t species = r.integer(speciesColumn);
    const std::int64_t pu = r.integer(puColumn);
    const double amount = r.number(amountColumn);
    const auto unit = units.find(pu);
    if (unit == units.end()) r.fail("planning unit " + std::to_string(pu) + " is not listed in the planning-unit file");
    if (amount < 0.0) r.fail("amount " + formatNumber(amount) + " is negative");
    const auto feature = features.find(species);
    if (feature == features.end()) {
      unknownFeatures.insert(species);
      continue;
    }
    amounts.push_back({feature->second, unit->second, amount});
  }
  if (!unknownFeatures.empty() && warnings)
    warnings->push_back(puvsprDat + ": rows for " + std::to_string(unknownFeatures.size()) +
                        " feature(s) not listed in the feature file were skipped");
  return amounts;
}

std::vector<MarxanBoundary> readMarxanBoundaries(const std::string& boundDat, const MarxanProblem& units) {
  DelimitedReader r(boundDat);
  const int aColumn = r.requireColumn({"id1"});
  const int bColumn = r.requireColumn({"id2"});
  const int lengthColumn = r.requireColumn({"boundary"});
  const std::unordered_map<std::int64_t, int> index = unitIndexById(units);
  std::vector<MarxanBoundary> boundaries;
  while (r.next()) {
    const std::int64_t a = r.integer(aColumn);
    const std::int64_t b = r.integer(bColumn);
    const double length = r.number(lengthColumn);
    const auto ia = index.find(a);
    if (ia == index.end()) r.fail("planning unit " + std::to_string(a) + " is not listed in the planning-unit file");
    const auto ib = index.find(b);
    if (ib == index.end()) r.fail("planning unit " + std::to_string(b) + " is not listed in the planning-unit file");
    if (length < 0.0) r.fail("boundary " + formatNumber(length) + " is negative");
    boundaries.push_back({ia->second, ib->second, length});
  }
  return boundaries;
}

MarxanProject readMarxanProject(const std::string& inputDat) {
  MarxanProject project;
  project.inputDat = inputDat;
  project.settings = readMarxanSettings(inputDat, &project.problem.blm);
  const MarxanSettings& s = project.settings;
  const fs::path folder = fs::absolute(fs::path(inputDat)).parent_path();
  const fs::path inputFolder = resolve(folder, s.inputDir);
  project.outputDirectory = resolve(folder, s.outputDir);
  MarxanProblem& p = project.problem;
  p.units = readMarxanUnits(resolve(inputFolder, s.puName));
  p.features = readMarxanFeatures(resolve(inputFolder, s.specName), &project.warnings);
  p.amounts = readMarxanAmounts(resolve(inputFolder, s.puvsprName), p, &project.warnings);
  if (!s.boundName.empty()) p.boundaries = readMarxanBoundaries(resolve(inputFolder, s.boundName), p);
  validateMarxanProblem(p);
  return project;
}

std::string writeMarxanProject(const std::string& directory, const MarxanProblem& problem, MarxanSettings settings) {
  validateMarxanProblem(problem);
  if (problem.boundaries.empty()) settings.boundName.clear();
  else if (settings.boundName.empty()) settings.boundName = "bound.dat";
  const fs::path folder(directory);
  const fs::path inputFolder = resolve(folder, settings.inputDir);

  {
    TextFile f(resolve(inputFolder, settings.puName));
    f.out() << "id,cost,status\n";
    for (const MarxanUnit& u : problem.units) f.out() << u.id << ',' << formatNumber(u.cost) << ',' << int(u.status) << '\n';
    f.close();
  }
  {
    TextFile f(resolve(inputFolder, settings.specName));
    f.out() << "id,target,prop,spf,name\n";
    for (const MarxanFeature& x : problem.features)
      f.out() << x.id << ',' << formatNumber(x.target) << ',' << formatNumber(x.proportion) << ',' << formatNumber(x.spf) << ','
              << safeName(x.name) << '\n';
    f.close();
  }
  {
    TextFile f(resolve(inputFolder, settings.puvsprName));
    f.out() << "species,pu,amount\n";
    for (const MarxanAmount& a : problem.amounts)
      f.out() << problem.features[std::size_t(a.feature)].id << ',' << problem.units[std::size_t(a.unit)].id << ','
              << formatNumber(a.amount) << '\n';
    f.close();
  }
  if (!settings.boundName.empty()) {
    TextFile f(resolve(inputFolder, settings.boundName));
    f.out() << "id1,id2,boundary\n";
    for (const MarxanBoundary& b : problem.boundaries)
      f.out() << problem.units[std::size_t(b.unitA)].id << ',' << problem.units[std::size_t(b.unitB)].id << ','
              << formatNumber(b.length) << '\n';
    f.close();
  }
  // A complete parameter set, so Marxan itself runs the exported folder unchanged.
  const std::string inputDat = (folder / "input.dat").string();
  TextFile f(inputDat);
  std::ostream& o = f.out();
  o << "Input file for Marxan, written by Habitat Planner\n\n"
    << "General Parameters\n"
    << "BLM " << formatNumber(problem.blm) << "\n"
    << "PROP 0.5\nRANDSEED -1\n"
    << "NUMREPS " << settings.numReps << "\n\n"
    << "Annealing Parameters\nNUMITNS 1000000\nSTARTTEMP -1\nCOOLFAC 6\nNUMTEMP 10000\n\n"
    << "Cost Threshold\nCOSTTHRESH 0\nTHRESHPEN1 14\nTHRESHPEN2 1\n\n"
    << "Input Files\n"
    << "INPUTDIR " << settings.inputDir << "\n"
    << "PUNAME " << settings.puName << "\n"
    << "SPECNAME " << settings.specName << "\n"
    << "PUVSPRNAME " << settings.puvsprName << "\n";
  if (!settings.boundName.empty()) o << "BOUNDNAME " << settings.boundName << "\n";
  o << "\nSave Files\n"
    << "SCENNAME " << settings.scenarioName << "\n"
    << "SAVERUN 3\nSAVEBEST 3\nSAVESUMMARY 3\nSAVESCEN 3\nSAVETARGMET 3\nSAVESUMSOLN 3\nSAVEPENALTY 3\nSAVELOG 2\n"
    << "OUTPUTDIR " << settings.outputDir << "\n\n"
    << "Program control\nRUNMODE 1\nMISSLEVEL 1\nITIMPTYPE 0\nHEURTYPE -1\nCLUMPTYPE 0\nVERBOSITY 2\n";
  f.close();
  return inputDat;
}

MarxanSolutionColumn readMarxanSolution(const std::string& path) {
  DelimitedReader r(path);
  const int idColumn = r.requireColumn({"PUID", "planning_unit", "planning unit", "pu", "id"});
  const int valueColumn = r.requireColumn({"SOLUTION", "number", "ssoln"});
  MarxanSolutionColumn column;
  column.valueName = r.header()[std::size_t(valueColumn)];
  std::unordered_set<std::int64_t> seen;
  while (r.next()) {
    const std::int64_t id = r.integer(idColumn);
    const double value = r.number(valueColumn);
    if (value < 0.0) r.fail(column.valueName + " " + formatNumber(value) + " is negative");
    if (!seen.insert(id).second) r.fail("planning unit " + std::to_string(id) + " is listed twice");
    column.unitIds.push_back(id);
    column.values.push_back(value);
  }
  return column;
}

std::vector<bool> selectionFromMarxanSolution(const MarxanProblem& problem, const MarxanSolutionColumn& solution) {
  const std::unordered_map<std::int64_t, int> index = unitIndexById(problem);
  std::vector<bool> selected(problem.units.size(), false);
  for (std::size_t k = 0; k < solution.unitIds.size(); ++k) {
    const auto it = index.find(solution.unitIds[k]);
    if (it == index.end())
      throw Error(ErrorCode::InvalidInput, {}, "the solution names planning unit " + std::to_string(solution.unitIds[k]) +
                                                   ", which the problem does not have");
    selected[std::size_t(it->second)] = solution.values[k] > 0.0;
  }
  return selected;
}

void writeMarxanBestSolution(const std::string& path, const MarxanProblem& problem, const std::vector<bool>& selected) {
  if (selected.size() != problem.units.size())
    throw Error(ErrorCode::InvalidInput, path, "the selection does not match the planning units");
  TextFile f(path);
  f.out() << "PUID,SOLUTION\n";
  for (std::size_t i = 0; i < problem.units.size(); ++i) f.out() << problem.units[i].id << ',' << (selected[i] ? 1 : 0) << '\n';
  f.close();
}

}  // namespace hp::ranking
