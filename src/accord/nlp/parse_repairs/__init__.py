"""Repairs of parses the small English model gets wrong in a way that changes who did what.

Only constructions the model misreads often in wire copy, and only where the words themselves
show the right reading. Each repair rewires heads and labels on the Doc before accord's stages
read it, so actors, quotes and events all see the same, repaired tree.

The repairs live in modules by the kind of misparse they repair: ``subjects``,
``charges_and_agents``, ``guests``, ``verbs``, ``predicates``, ``clauses`` and ``modifiers``, with the tree rewiring they
share in ``rewiring``. This module holds the spaCy component and the order of the repairs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.parse_repairs.charges_and_agents import (
    agent_after_inserted_phrase,
    reattach_charge_after_agent,
    reattach_rebutted_charge,
    reattach_rebutted_charge_as_subject,
)
from accord.nlp.parse_repairs.clauses import (
    condition_read_as_complement,
    finite_verb_read_as_participle,
    finite_verb_read_as_participle_before_source,
    subjunctive_read_as_adjective,
    that_clause_of_telling_verb,
    time_clause_read_as_main,
)
from accord.nlp.parse_repairs.guests import (
    guest_participle_after_host,
    guest_participle_as_modifier,
    participle_before_addressees,
)
from accord.nlp.parse_repairs.modifiers import (
    joint_adverb_on_preposition,
    gerund_subject_as_noun,
    participle_read_as_clause,
    with_of_manner_phrase_on_verb,
)
from accord.nlp.parse_repairs.predicates import (
    predicate_read_as_apposition,
)
from accord.nlp.parse_repairs.subjects import (
    compound_before_verb_as_subject,
    conjunct_read_as_second_subject,
    free_acronym_subject,
    free_subject_before_weekday,
    finite_verb_read_as_relative_of_counted_subject,
    free_subject_from_fronted_phrase,
    infinitive_hung_on_relative_of_asked,
    verb_read_as_adjective_of_its_object,
    name_after_object_read_as_its_conjunct,
    object_after_phrases_read_as_subject_of_source,
    name_particle_read_as_verb,
    object_read_as_second_subject,
)
from accord.nlp.parse_repairs.verbs import (
    first_of_two_objects_as_dative,
    recipient_hung_on_topic,
    talks_read_as_verb_after_role,
    gerund_after_particle_as_complement,
    hyphenated_verb_as_verb,
    restore_currency_lemmas,
    restore_silent_e_lemmas,
    role_phrase_on_object_participle,
    verb_read_as_auxiliary_of_hedge,
    verb_read_as_plural_noun,
    weapon_kind_read_as_verb,
)

__all__ = [
    "agent_after_inserted_phrase",
    "finite_verb_read_as_participle",
    "finite_verb_read_as_participle_before_source",
    "compound_before_verb_as_subject",
    "condition_read_as_complement",
    "conjunct_read_as_second_subject",
    "first_of_two_objects_as_dative",
    "free_acronym_subject",
    "free_subject_before_weekday",
    "free_subject_from_fronted_phrase",
    "gerund_subject_as_noun",
    "gerund_after_particle_as_complement",
    "guest_participle_after_host",
    "guest_participle_as_modifier",
    "participle_before_addressees",
    "hyphenated_verb_as_verb",
    "object_after_phrases_read_as_subject_of_source",
    "finite_verb_read_as_relative_of_counted_subject",
    "infinitive_hung_on_relative_of_asked",
    "name_after_object_read_as_its_conjunct",
    "joint_adverb_on_preposition",
    "name_particle_read_as_verb",
    "object_read_as_second_subject",
    "participle_read_as_clause",
    "predicate_read_as_apposition",
    "reattach_charge_after_agent",
    "recipient_hung_on_topic",
    "talks_read_as_verb_after_role",
    "reattach_rebutted_charge",
    "reattach_rebutted_charge_as_subject",
    "repair_parses",
    "restore_currency_lemmas",
    "restore_silent_e_lemmas",
    "role_phrase_on_object_participle",
    "subjunctive_read_as_adjective",
    "that_clause_of_telling_verb",
    "time_clause_read_as_main",
    "verb_read_as_adjective_of_its_object",
    "verb_read_as_auxiliary_of_hedge",
    "verb_read_as_plural_noun",
    "weapon_kind_read_as_verb",
    "with_of_manner_phrase_on_verb",
]


@Language.component(
    "accord_parse_repairs", assigns=["token.head", "token.dep", "token.tag", "token.pos", "token.lemma"])
def repair_parses(doc: Doc) -> Doc:
    for sent in doc.sents:
        name_particle_read_as_verb(sent)
        conjunct_read_as_second_subject(sent)
        name_after_object_read_as_its_conjunct(sent)
        finite_verb_read_as_relative_of_counted_subject(sent)
        infinitive_hung_on_relative_of_asked(sent)
        verb_read_as_adjective_of_its_object(sent)
        hyphenated_verb_as_verb(sent)
        with_of_manner_phrase_on_verb(sent)
        joint_adverb_on_preposition(sent)
        time_clause_read_as_main(sent)
        reattach_rebutted_charge(sent) or reattach_rebutted_charge_as_subject(sent)
        free_subject_before_weekday(sent)
        agent_after_inserted_phrase(sent)
        reattach_charge_after_agent(sent)
        free_acronym_subject(sent)
        guest_participle_as_modifier(sent)
        guest_participle_after_host(sent)
        participle_before_addressees(sent)
        compound_before_verb_as_subject(sent)
        verb_read_as_plural_noun(sent)
        weapon_kind_read_as_verb(sent)
        verb_read_as_auxiliary_of_hedge(sent)
        gerund_after_particle_as_complement(sent)
        role_phrase_on_object_participle(sent)
        first_of_two_objects_as_dative(sent)
        recipient_hung_on_topic(sent)
        talks_read_as_verb_after_role(sent)
        free_subject_from_fronted_phrase(sent)
        object_read_as_second_subject(sent)
        object_after_phrases_read_as_subject_of_source(sent)
        restore_silent_e_lemmas(sent)
        restore_currency_lemmas(sent)
        predicate_read_as_apposition(sent)
        that_clause_of_telling_verb(sent)
        subjunctive_read_as_adjective(sent)
        finite_verb_read_as_participle(sent)
        participle_read_as_clause(sent)
        condition_read_as_complement(sent)
        gerund_subject_as_noun(sent)
        finite_verb_read_as_participle_before_source(sent)
    return doc
