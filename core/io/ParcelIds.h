// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/VectorLayer.h"

namespace hp {

// A parcel's id as the user wrote it: registers use text ("25:34:010101:12", "A-17"), so an id is
// text everywhere; a numeric id field reads as its decimal text ("17", never "17.0").
using ParcelId = std::string;

// The id text of one attribute value: strings as written (surrounding spaces dropped, since a
// register's export pads them), whole numbers without a decimal point; "" for a null.
ParcelId parcelIdText(const FieldValue& value);

// One feature's id where the layer's ids are not checked (a layer being drawn or listed): the
// field's text (field >= 0), else — or when that is empty — the feature id.
ParcelId featureParcelId(const std::vector<FieldValue>& attributes, int field, std::int64_t fid);

// Every feature's id, parallel to layer.features. The field `field` (case-insensitive) must exist,
// unless `featureIdsWhenAbsent`: then the feature ids stand in. Throws Error(NoSuchField) for a
// missing field and Error(InvalidInput) naming the layer's file and the features for an empty id
// or one used twice.
std::vector<ParcelId> readParcelIds(const VectorLayer& layer, const std::string& field, bool featureIdsWhenAbsent);

// Index of each id in `ids` (ids unique, as readParcelIds gives them).
std::unordered_map<ParcelId, std::size_t> indexOfParcelIds(const std::vector<ParcelId>& ids);

// The order people expect of register numbers: runs of digits compare as numbers, so "2" < "10"
// and "25:34:9" < "25:34:10"; otherwise byte order. A strict weak order.
bool parcelIdLess(const ParcelId& a, const ParcelId& b);

// The id as a whole number when it is written as one in canonical form ("17", "-3"; not "017",
// "1e3" or "17.5"), so files that held numbers can go on holding numbers.
std::optional<std::int64_t> wholeNumberId(const ParcelId& id);

// Ids as people type them: separated by commas, spaces around each dropped, an id that holds a
// comma in double quotes ("25:34,7" with "" for a quote). nullopt for an unclosed quote.
std::optional<std::vector<ParcelId>> parseParcelIdList(const std::string& text);
// The inverse: ids joined by ", ", quoted where parseParcelIdList needs it.
std::string formatParcelIdList(const std::vector<ParcelId>& ids);

// Ids joined by ", " for messages, at most `limit` of them ("…" after).
std::string listParcelIds(const std::vector<ParcelId>& ids, std::size_t limit = 5);

}  // namespace hp
