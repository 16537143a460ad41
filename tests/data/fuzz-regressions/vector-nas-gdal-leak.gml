<?xml version="1.0" encoding="utf-8" ?>
<ogr:FeatureCollection
     gml:id="aFeatureCollection"
     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xsi:schemaLocation="http://ogr.maptools.org/ parcels.xsd"
     xmlns:ogr="http://ogr.maptools.org/"
     xmlns:gml="http://www.opengis.net/gml/3.2">
  <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::32652"><gml:lowerCorner>650000.0 4813354.66409018</gml:lowerCorner><gml:upperCorner>657156.708175845 4821000.0</gml:upperCorner></gml:Envelope></gml:boundedBy>
                                                                                                                                
  <ogr:featureMember>
    <ogr:parcels gml:id="parcels.0">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::32652"><gml:lowerCorner>650000.0 4813354.66409018</gml:lowerCorner><gml:upperCorner>652575.746341767 4818796.94486967</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geom><gml:MultiSurface srsName="urn:ogc:def:crs:EPSG::32652" gml:id="parcels.geom.0"><gml:surfaceMember><gml:Polygon gml:id="parcels.geom.0.0"><gml:exterior><gml:LinearRing><gml:posList>650000.0 4818796.94486967 652305.926353539 4818660.35298999 652575.746341767 4815889.31926091 650000.0 4813354.66409018 650000.0 4818796.94486967</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></ogr:geom>
      <ogr:parcel_id>1</ogr:parcel_id>
      <ogr:owner>state</ogr:owner>
      <ogr:status>under negotiation</ogr:status>
      <ogr:price_usd>114600</ogr:price_usd>
      <ogr:area_ha>1018.54</ogr:area_ha>
      <ogr:land_use>forest</ogr:land_use>
    </ogr:parcels>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:parcels gml:id="parcels.1">
      <gml:boundedBy><gml:Enveloaaa.xsdpe srsName="urn:ogc:def:crs:EPSG::32652"><gml:lowerCorner>650000.0 4818660.35298999</gml:lowerCorner><gml:upperCorner>652636.345556209 4821000.0</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geom><gml:MultiSurface srsName="urn:ogc:def:crs:EPSG::32652" gml:id="parcels.geom.1"><gml:surfaceMember><gml:Polygon gml:id="parcels.geom.1.0"><gml:exterior><gml:LinearRing><gml:posList>650000 4821000 652636.345556209 4821000.0 652493.076524729 4818855.36729978 652305.926353539 4818660.35298999 650000.0 4818796.94486967 650000 4821000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></ogr:geom>
      <ogr:parcel_id>2</ogr:parcel_id>
      <ogr:owner>state</ogr:owner>
      <ogr:status>not for sale</ogr:status>
      <ogr:price_usd>99500</ogr:price_usd>
      <ogr:area_ha>581.08</ogr:area_ha>
      <ogr:land_use>forest</ogr:land_use>
    </ogr:parcels>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:parcels gml:id="parcels.2">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::32652"><gml:lowerCorner>652305.926353539 4814546.60731463</gml:lowerCorner><gml:upperCorner>657156.708175845 4818855.36729978</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geom><gml:MultiSurface srsName="urn:ogc:def:crs:EPSG::32652" gml:id="parcels.geom.2"><gml:surfaceMember><gml:Polygon gml:id="parcels.geom.2.0"><gml:exterior><gml:LinearRing><gml:posList>652305.926353539 4818660.35298999 652493.076524729 4818855.36729978 656528.986003152 4818844.06612281 657156.708175845 4817235.75710703 655627.387437946 4814546.60731463 652575.746341767 4815889.31926091 652305.926353539 4818660.35298999</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></ogr:geom>
      <ogr:parcel_id>3</ogr:parcel_id>
      <ogr:owner>state</ogr:owner>
      <ogr:status>not for sale</ogr:status>
      <ogr:price_usd>127200</ogr:price_usd>
      <ogr:area_ha>1550.68</ogr:area_ha>
      <ogr:land_use>forest</ogr:land_use>
    </ogr:parcels>
  </ogr:featureMember>
</ogr:FeatureCollection>
