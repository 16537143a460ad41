// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/LayerPropertiesDialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"

namespace hp::gui {

namespace {

QString rampTitle(const std::string& name) {
  if (name == "greens") return LayerPropertiesDialog::tr("Greens (canopy)");
  if (name == "greys") return LayerPropertiesDialog::tr("Greys");
  if (name == "viridis") return LayerPropertiesDialog::tr("Viridis");
  if (name == "terrain") return LayerPropertiesDialog::tr("Terrain");
  if (name == "spectral") return LayerPropertiesDialog::tr("Spectral");
  return QString::fromStdString(name);
}

QIcon rampIcon(const std::string& name) {
  QPixmap pixmap(48, 14);
  QPainter painter(&pixmap);
  QLinearGradient gradient(0, 0, 48, 0);
  const render::ColorRamp ramp = render::ColorRamp::named(name);
  for (const render::ColorRamp::Stop& s : ramp.stops())
    gradient.setColorAt(s.position, QColor::fromRgba(s.color));
  painter.fillRect(pixmap.rect(), gradient);
  return QIcon(pixmap);
}

void paintSwatch(QToolButton* button, const QColor& color) {
  QPixmap pixmap(40, 16);
  pixmap.fill(Qt::white);
  QPainter painter(&pixmap);
  painter.fillRect(pixmap.rect(), QBrush(QColor(200, 200, 200), Qt::Dense6Pattern));  // shows transparency
  painter.fillRect(pixmap.rect(), color);
  painter.setPen(Qt::darkGray);
  painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
  button->setIcon(QIcon(pixmap));
  button->setIconSize(pixmap.size());
}

}  // namespace

LayerPropertiesDialog::LayerPropertiesDialog(MapLayer& layer, QWidget* parent) : QDialog(parent), layer_(layer) {
  setObjectName(QStringLiteral("layerPropertiesDialog"));
  setWindowTitle(tr("Layer Properties — %1").arg(layer.name()));
  auto* layout = new QVBoxLayout(this);
  auto* source = new QLabel(layer.summary(), this);
  source->setWordWrap(true);
  source->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(source);

  if (auto* raster = dynamic_cast<RasterMapLayer*>(&layer)) layout->addWidget(buildRasterPage(*raster));
  if (auto* vector = dynamic_cast<VectorMapLayer*>(&layer)) layout->addWidget(buildVectorPage(*vector));

  auto* rendering = new QGroupBox(tr("Layer rendering"), this);
  auto* form = new QFormLayout(rendering);
  opacity_ = new QSlider(Qt::Horizontal, rendering);
  opacity_->setObjectName(QStringLiteral("opacitySlider"));
  opacity_->setRange(0, 100);
  opacity_->setValue(int(std::lround(layer.opacity() * 100)));
  form->addRow(tr("Opacity"), opacity_);
  layout->addWidget(rendering);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    apply();
    accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &LayerPropertiesDialog::apply);
  layout->addWidget(buttons);
}

QToolButton* LayerPropertiesDialog::colorButton(QColor& color) {
  auto* button = new QToolButton(this);
  paintSwatch(button, color);
  connect(button, &QToolButton::clicked, this, [this, button, &color] {
    const QColor chosen = QColorDialog::getColor(color, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
    if (!chosen.isValid()) return;
    color = chosen;
    paintSwatch(button, color);
  });
  return button;
}

QWidget* LayerPropertiesDialog::buildRasterPage(RasterMapLayer& layer) {
  auto* box = new QGroupBox(tr("Band rendering"), this);
  auto* form = new QFormLayout(box);
  const render::RasterSymbology& sym = layer.symbology();
  QString type;
  switch (sym.mode) {
    case render::RasterSymbology::Mode::Ramp: type = tr("Singleband pseudocolour"); break;
    case render::RasterSymbology::Mode::Palette: type = tr("Paletted (the file's colour table)"); break;
    case render::RasterSymbology::Mode::Rgb: type = tr("Multiband colour (red, green, blue)"); break;
  }
  form->addRow(tr("Render type"), new QLabel(type, box));
  if (sym.mode != render::RasterSymbology::Mode::Rgb) {
    band_ = new QSpinBox(box);
    band_->setRange(1, int(layer.info().bands.size()));
    band_->setValue(sym.band);
    form->addRow(tr("Band"), band_);
  }
  if (sym.mode == render::RasterSymbology::Mode::Palette) return box;
  if (sym.mode == render::RasterSymbology::Mode::Ramp) {
    ramp_ = new QComboBox(box);
    ramp_->setObjectName(QStringLiteral("rampCombo"));
    ramp_->setIconSize(QSize(48, 14));
    for (const std::string& name : render::ColorRamp::names())
      ramp_->addItem(rampIcon(name), rampTitle(name), QString::fromStdString(name));
    ramp_->setCurrentIndex(ramp_->findData(QString::fromStdString(layer.rampName())));
    form->addRow(tr("Colour ramp"), ramp_);
  }
  min_ = new QDoubleSpinBox(box);
  min_->setObjectName(QStringLiteral("minSpin"));
  max_ = new QDoubleSpinBox(box);
  max_->setObjectName(QStringLiteral("maxSpin"));
  for (QDoubleSpinBox* s : {min_, max_}) {
    s->setRange(-1e12, 1e12);
    s->setDecimals(3);
  }
  min_->setValue(sym.minValue);
  max_->setValue(sym.maxValue);
  form->addRow(tr("Min"), min_);
  form->addRow(tr("Max"), max_);
  return box;
}

QWidget* LayerPropertiesDialog::buildVectorPage(VectorMapLayer& layer) {
  auto* box = new QGroupBox(tr("Symbol"), this);
  auto* form = new QFormLayout(box);
  const VectorStyle& style = layer.style();
  fill_ = style.fill.alpha() > 0 ? style.fill : QColor(style.fill.red(), style.fill.green(), style.fill.blue(), 128);
  outline_ = style.outline;
  label_ = style.labelColor;
  noFill_ = new QCheckBox(tr("No fill"), box);
  noFill_->setObjectName(QStringLiteral("noFillCheck"));
  noFill_->setChecked(style.fill.alpha() == 0);
  hatched_ = new QCheckBox(tr("Hatched"), box);
  hatched_->setObjectName(QStringLiteral("hatchedCheck"));
  hatched_->setChecked(style.hatched);
  auto* fillRow = new QHBoxLayout;
  fillRow->addWidget(colorButton(fill_));
  fillRow->addWidget(noFill_);
  fillRow->addWidget(hatched_);
  fillRow->addStretch();
  form->addRow(tr("Fill"), fillRow);
  form->addRow(tr("Outline"), colorButton(outline_));
  width_ = new QDoubleSpinBox(box);
  width_->setObjectName(QStringLiteral("outlineWidthSpin"));
  width_->setRange(0, 20);
  width_->setSingleStep(0.2);
  width_->setSuffix(tr(" px"));
  width_->setValue(style.outlineWidthPx);
  form->addRow(tr("Outline width"), width_);
  labelField_ = new QComboBox(box);
  labelField_->setObjectName(QStringLiteral("labelFieldCombo"));
  labelField_->addItem(tr("(no labels)"), QString());
  for (const QString& field : layer.data().fieldNames) labelField_->addItem(field, field);
  labelField_->setCurrentIndex(std::max(0, labelField_->findData(style.labelField)));
  form->addRow(tr("Label with"), labelField_);
  form->addRow(tr("Label colour"), colorButton(label_));
  return box;
}

void LayerPropertiesDialog::apply() {
  layer_.setOpacity(opacity_->value() / 100.0);
  if (auto* raster = dynamic_cast<RasterMapLayer*>(&layer_)) {
    render::RasterSymbology sym = raster->symbology();
    if (band_) sym.band = band_->value();
    if (min_) sym.minValue = min_->value();
    if (max_) sym.maxValue = max_->value();
    raster->setSymbology(sym);
    if (ramp_) raster->setRamp(ramp_->currentData().toString().toStdString());
  }
  if (auto* vector = dynamic_cast<VectorMapLayer*>(&layer_)) {
    VectorStyle style = vector->style();
    style.fill = noFill_->isChecked() ? QColor(fill_.red(), fill_.green(), fill_.blue(), 0) : fill_;
    style.hatched = hatched_->isChecked();
    style.outline = outline_;
    style.outlineWidthPx = width_->value();
    style.labelField = labelField_->currentData().toString();
    style.labelColor = label_;
    vector->setStyle(style);
  }
  emit applied();
}

}  // namespace hp::gui
