-- AlterTable
ALTER TABLE "procedure_component" ADD COLUMN     "paper_original_allowed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "dossier_component_choice" (
    "dossier_id" UUID NOT NULL,
    "component_id" UUID NOT NULL,
    "bring_original" BOOLEAN NOT NULL DEFAULT true,
    "chosen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossier_component_choice_pkey" PRIMARY KEY ("dossier_id","component_id")
);

-- CreateIndex
CREATE INDEX "dossier_component_choice_component_id_idx" ON "dossier_component_choice"("component_id");

-- AddForeignKey
ALTER TABLE "dossier_component_choice" ADD CONSTRAINT "dossier_component_choice_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_component_choice" ADD CONSTRAINT "dossier_component_choice_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "procedure_component"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The procedure page (catalogue_procedure, migration catalogue_search) shows which components may be
-- brought on paper: the same function with 'paperOriginalAllowed' added to each component.
CREATE OR REPLACE FUNCTION "catalogue_procedure"(p_id uuid, p_code text)
  RETURNS json
  LANGUAGE plpgsql STABLE
  SET plan_cache_mode = force_generic_plan
  AS $$
BEGIN
  RETURN (
    SELECT json_build_object(
      'id', p.id, 'code', p.code, 'name', p.name, 'serviceLevel', p.service_level, 'legacyLevel', p.legacy_level,
      'processingDays', p.processing_days, 'steps', p.steps, 'processingNote', p.processing_note, 'fees', p.fees,
      'legalBasis', p.legal_basis, 'applicants', p.applicants, 'conditions', p.conditions,
      'resultDescription', p.result_description, 'submissionChannels', p.submission_channels,
      'agency', json_build_object('id', a.id, 'name', a.name, 'unitCode', a.unit_code),
      'field', json_build_object('id', f.id, 'name', f.name, 'code', f.code),
      'handlingAgencies', (
        SELECT coalesce(json_agg(json_build_object('id', ha.id, 'name', ha.name, 'unitCode', ha.unit_code) ORDER BY ha.sort_order, ha.name), '[]')
        FROM procedure_agency pa JOIN agency ha ON ha.id = pa.agency_id WHERE pa.procedure_id = p.id),
      'components', (
        SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'description', c.description, 'required', c.required,
                 'originals', c.originals, 'copies', c.copies, 'acceptedTypes', c.accepted_types,
                 'paperOriginalAllowed', c.paper_original_allowed,
                 'templateFile', CASE WHEN cf.id IS NULL THEN NULL
                                      ELSE json_build_object('id', cf.id, 'originalName', cf.original_name, 'mimeType', cf.mime_type, 'size', cf.size) END)
                 ORDER BY c.sort_order, c.id), '[]')
        FROM procedure_component c LEFT JOIN stored_file cf ON cf.id = c.template_file_id WHERE c.procedure_id = p.id),
      'templates', (
        SELECT coalesce(json_agg(json_build_object('title', t.title,
                 'file', json_build_object('id', tf.id, 'originalName', tf.original_name, 'mimeType', tf.mime_type, 'size', tf.size))
                 ORDER BY t.sort_order, t.id), '[]')
        FROM procedure_template t JOIN stored_file tf ON tf.id = t.file_id WHERE t.procedure_id = p.id),
      'sampleFile', (
        SELECT json_build_object('id', sf.id, 'originalName', sf.original_name, 'mimeType', sf.mime_type, 'size', sf.size)
        FROM stored_file sf WHERE sf.id = p.sample_file_id),
      'formVersion', fv.version, 'formDefinition', fv.definition, 'sampleFormData', fv.sample_data)
    FROM procedure p
    JOIN agency a ON a.id = p.agency_id
    JOIN field f ON f.id = p.field_id
    LEFT JOIN LATERAL (
      SELECT v.version, v.definition, v.sample_data FROM procedure_form_version v
      WHERE v.procedure_id = p.id ORDER BY v.version DESC LIMIT 1) fv ON true
    WHERE p.active AND (p.id = p_id OR p.code = p_code));
END;
$$;
